import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describeFailure, runCommand } from "../../../test-support/runtimes/run-command.js";
import type { Manifest } from "./manifests.js";

/**
 * `pnpm pack` of every package into one directory, two at a time: the tarballs npm would
 * publish, with `workspace:` ranges rewritten to versions. Returns name -> tarball path.
 */
export const packPackages = async (
  manifests: Iterable<Manifest>,
  destination: string,
): Promise<Map<string, string>> => {
  mkdirSync(destination, { recursive: true });
  const all = [...manifests];
  const queue = [...all];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await runCommand("pnpm", ["pack", "--pack-destination", destination], {
        cwd: next.dir,
        timeoutMs: 120_000,
      });
      if (result.code !== 0) throw new Error(describeFailure(`pnpm pack of ${next.name}`, result));
    }
  };
  await Promise.all([worker(), worker()]);
  const tarballs = new Map<string, string>();
  const files = readdirSync(destination);
  for (const manifest of all) {
    const file = `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}.tgz`;
    if (!files.includes(file)) throw new Error(`pnpm pack left no ${file} for ${manifest.name}`);
    tarballs.set(manifest.name, join(destination, file));
  }
  return tarballs;
};
