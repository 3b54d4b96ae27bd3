import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./paths.js";

export interface ScratchWorkspace {
  dir: string;
  remove(): void;
}

/**
 * A copy of the workspace as it stands (committed or not, ignored files left out) in a temporary
 * directory, so `changeset version` can rewrite manifests and delete changesets there. With
 * `withDist`, each package's built `dist/` comes along for packing. `node_modules` links to the
 * workspace's, for the changesets CLI and its changelog module.
 */
export const copyWorkspace = (options: { withDist: boolean }): ScratchWorkspace => {
  const dir = mkdtempSync(join(tmpdir(), "oaikit-release-"));
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  )
    .split("\0")
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  if (options.withDist) {
    for (const name of readdirSync(join(repoRoot, "packages"))) {
      const dist = join(repoRoot, "packages", name, "dist");
      if (existsSync(dist)) cpSync(dist, join(dir, "packages", name, "dist"), { recursive: true });
    }
  }
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
