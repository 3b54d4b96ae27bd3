import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import type { BundleEntry } from "./entries.js";
import type { ScratchProject } from "./scratch-project.js";

export interface BundleSize {
  id: string;
  label: string;
  /** What loads up front: the entry chunk and what it imports statically. */
  minBytes: number;
  gzipBytes: number;
  /** Chunks split off at a dynamic import(), loaded only if that code runs (gzip, each file). */
  lazyGzipBytes: number;
  /** Minified bytes each package contributes (before gzip). */
  byPackage: Record<string, number>;
  /** The minified bundle, for content checks (tree-shaking). */
  text: string;
}

// Paths in the metafile run through pnpm's store (.../node_modules/.pnpm/x@1/node_modules/x/...),
// or, for workspace packages, through packages/<folder>/.
const packageOf = (path: string): string => {
  const nm = path.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const parts = path.slice(nm + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  return workspace ? `@oaikit/${workspace[1]}` : "(entry)";
};

const sumByPackage = (outputs: Metafile["outputs"][string][]): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const output of outputs) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      totals[name] = (totals[name] ?? 0) + input.bytesInOutput;
    }
  }
  return totals;
};

/** The output paths a browser loads before the entry runs: it and its static imports. */
const initialOutputs = (metafile: Metafile, entryPath: string): Set<string> => {
  const initial = new Set<string>();
  const visit = (path: string): void => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: next, kind } of metafile.outputs[path]?.imports ?? []) {
      if (kind === "import-statement") visit(next);
    }
  };
  visit(entryPath);
  return initial;
};

const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).byteLength;

/**
 * Bundles one entry the way a browser app would ship it: minified ESM, tree-shaken, split at
 * dynamic imports as app bundlers do, gzip -9 per file.
 */
export const measureBundle = async (
  project: ScratchProject,
  entry: BundleEntry,
): Promise<BundleSize> => {
  const entryFile = project.writeEntry(`entries/${entry.id}.js`, entry.code);
  const outdir = `${project.dir}/out/${entry.id}`;
  const result = await build({
    entryPoints: [entryFile],
    absWorkingDir: project.dir,
    outdir,
    bundle: true,
    splitting: entry.splitting ?? true,
    minify: true,
    format: "esm",
    platform: "browser",
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const entryPath = Object.keys(result.metafile.outputs).find(
    (path) => result.metafile.outputs[path]?.entryPoint !== undefined,
  );
  if (!entryPath) throw new Error(`esbuild produced no output for ${entry.id}`);
  const initial = initialOutputs(result.metafile, entryPath);
  // outputFiles carry absolute paths; the metafile's are relative to absWorkingDir.
  const isInitial = (path: string): boolean =>
    [...initial].some((relative) => path.endsWith(`/${relative}`));
  const up = result.outputFiles.filter((file) => isInitial(file.path));
  const lazy = result.outputFiles.filter((file) => !isInitial(file.path));
  return {
    id: entry.id,
    label: entry.label,
    minBytes: up.reduce((sum, file) => sum + file.contents.byteLength, 0),
    gzipBytes: up.reduce((sum, file) => sum + gzipSize(file.contents), 0),
    lazyGzipBytes: lazy.reduce((sum, file) => sum + gzipSize(file.contents), 0),
    byPackage: sumByPackage([...initial].map((path) => result.metafile.outputs[path]!)),
    text: up.map((file) => file.text).join("\n"),
  };
};
