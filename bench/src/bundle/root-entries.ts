import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDir, repoRoot } from "../paths.js";
import type { BundleEntry } from "./entries.js";

/** A published workspace package: its folder under packages/ and its name. */
export interface WorkspacePackage {
  folder: string;
  name: string;
}

/** Every package under packages/ that is published (not `private`). */
export const publishedPackages = (): WorkspacePackage[] =>
  readdirSync(join(repoRoot, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const manifest = JSON.parse(
          readFileSync(join(packageDir(entry.name), "package.json"), "utf8"),
        );
        return manifest.private ? [] : [{ folder: entry.name, name: manifest.name as string }];
      } catch {
        return []; // a folder without a manifest is not a package yet
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Everything a package's root entry exports, as one bundle: what an app pays at most for
 * importing from it (a bundler keeps only what is used, so real apps pay less).
 */
export const rootEntry = ({ folder, name }: WorkspacePackage): BundleEntry => ({
  id: `root-${folder}`,
  label: `${name} (root entry, every export)`,
  needs: folder === "core" ? ["core"] : ["core", folder],
  code: `export * from "${name}";\n`,
});
