import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The first path that exists. A `*` segment matches any directory name, for binaries that live
 * in a per-platform package (`@deno/linux-x64-glibc/deno`).
 */
export const findFile = (root: string, candidates: readonly string[]): string | undefined => {
  for (const candidate of candidates) {
    const found = expand(root, candidate.split("/"));
    if (found) return found;
  }
  return undefined;
};

const expand = (dir: string, segments: string[]): string | undefined => {
  const [head, ...rest] = segments;
  if (head === undefined) return existsSync(dir) ? dir : undefined;
  if (head !== "*") return expand(join(dir, head), rest);
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir).sort()) {
    const found = expand(join(dir, entry), rest);
    if (found) return found;
  }
  return undefined;
};
