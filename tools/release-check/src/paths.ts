import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The workspace's own binaries (changeset, tsc), used on scratch copies. */
export const repoBin = (name: string): string => join(repoRoot, "node_modules/.bin", name);
