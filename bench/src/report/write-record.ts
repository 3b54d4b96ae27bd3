import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { resultsDir } from "../paths.js";
import { measuredVersions } from "../versions.js";

/** Saves one run's numbers, with what was measured on what, to bench/results/latest.json. */
export const writeRecord = (numbers: Record<string, unknown>): string => {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, "latest.json");
  const record = {
    date: new Date().toISOString(),
    versions: measuredVersions(),
    machine: {
      platform: process.platform,
      arch: process.arch,
      cpus: availableParallelism(),
      cpu: cpus()[0]?.model,
    },
    ...numbers,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
};
