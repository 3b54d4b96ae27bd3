import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** bench/ */
export const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(benchDir, "..");
export const packageDir = (name: string): string => join(repoRoot, "packages", name);
export const resultsDir = join(benchDir, "results");

/** A workspace package counts as built when its root entry exists in dist. */
export const isBuilt = (name: string): boolean =>
  existsSync(join(packageDir(name), "dist", "index.js"));
