import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Manifest {
  dir: string;
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The publishable packages of a workspace (everything under packages/), by name. */
export const readManifests = (root: string): Map<string, Manifest> => {
  const found = new Map<string, Manifest>();
  for (const folder of readdirSync(join(root, "packages")).sort()) {
    const file = join(root, "packages", folder, "package.json");
    if (!existsSync(file)) continue;
    const manifest = {
      ...JSON.parse(readFileSync(file, "utf8")),
      dir: join(root, "packages", folder),
    };
    if (!manifest.private) found.set(manifest.name, manifest);
  }
  return found;
};

/** A range as it is published: pnpm drops the `workspace:` prefix (`workspace:^` becomes `^<version>`). */
export const publishedRange = (range: string, version: string): string => {
  const bare = range.replace(/^workspace:/, "");
  if (bare === "^" || bare === "~") return `${bare}${version}`;
  if (bare === "*") return version;
  return bare;
};
