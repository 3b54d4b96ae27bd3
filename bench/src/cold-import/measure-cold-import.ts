import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { benchDir } from "../paths.js";
import { median } from "../stats/median.js";

export interface ImportTarget {
  name: string;
  /** A bare specifier resolved from bench/, or a file URL. */
  specifier: string;
}

export interface ColdImportResult {
  name: string;
  /** Median ms spent in `await import()` inside a fresh process. */
  importMs: number;
  /** Median ms from spawn to exit of that process, Node's own start-up included. */
  processMs: number;
  runs: number;
}

const importOnce = (target: ImportTarget): { importMs: number; processMs: number } => {
  const code = `const t = performance.now(); await import(${JSON.stringify(target.specifier)}); process.stdout.write(String(performance.now() - t));`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: benchDir,
    encoding: "utf8",
    // A loader or flag in the caller's NODE_OPTIONS would otherwise be timed too.
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const processMs = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(`importing ${target.specifier} failed: ${child.stderr.trim().split("\n")[0]}`);
  }
  return { importMs: Number(child.stdout), processMs };
};

/** Fresh Node processes, interleaved across targets (order rotates each run); medians. */
export const measureColdImports = (targets: ImportTarget[], runs: number): ColdImportResult[] => {
  const samples = new Map(
    targets.map((t) => [t.name, { importMs: [] as number[], processMs: [] as number[] }]),
  );
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(run + i) % targets.length]!;
      const sample = importOnce(target);
      const bucket = samples.get(target.name)!;
      bucket.importMs.push(sample.importMs);
      bucket.processMs.push(sample.processMs);
    }
  }
  return targets.map((target) => {
    const bucket = samples.get(target.name)!;
    return {
      name: target.name,
      importMs: median(bucket.importMs),
      processMs: median(bucket.processMs),
      runs,
    };
  });
};
