import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runtimesCacheDir } from "./cache-dir.js";
import { describeFailure, runCommand } from "./run-command.js";

const MARKER = ".oaikit-installed.json";
const INSTALL_TIMEOUT_MS = 5 * 60_000;

export type NpmInstall = { dir: string; cached: boolean } | { error: string };

/**
 * Installs one pinned npm package with plain npm into its own cache directory,
 * `<cache>/<name>@<version>`, and returns that directory (its `node_modules` holds the package).
 * The install happens in a scratch directory renamed into place when complete, so concurrent
 * test processes and interrupted runs never see half an install.
 */
export const npmInstall = async (name: string, version: string): Promise<NpmInstall> => {
  const cache = runtimesCacheDir();
  const dir = join(cache, `${name}@${version}`);
  if (await isComplete(dir, name, version)) return { dir, cached: true };
  // The marker moves in with the rename, so a directory without it is a damaged copy.
  if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
  const scratch = join(
    cache,
    `.tmp-${name}@${version}-${process.pid}-${randomBytes(4).toString("hex")}`,
  );
  await mkdir(scratch, { recursive: true });
  try {
    await writeFile(join(scratch, "package.json"), '{ "private": true }\n');
    const result = await runCommand(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        "--loglevel=error",
        `${name}@${version}`,
      ],
      { cwd: scratch, timeoutMs: INSTALL_TIMEOUT_MS },
    );
    if (result.code !== 0 || result.failure) {
      return { error: describeFailure(`npm install ${name}@${version}`, result) };
    }
    await writeFile(join(scratch, MARKER), `${JSON.stringify({ name, version })}\n`);
    try {
      await rename(scratch, dir);
    } catch (error) {
      // Another process finished the same install first: use theirs.
      if (!(await isComplete(dir, name, version))) throw error;
    }
    return { dir, cached: false };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
};

const isComplete = async (dir: string, name: string, version: string): Promise<boolean> => {
  const marker = join(dir, MARKER);
  if (!existsSync(marker)) return false;
  try {
    const recorded = JSON.parse(await readFile(marker, "utf8"));
    return recorded.name === name && recorded.version === version;
  } catch {
    return false;
  }
};
