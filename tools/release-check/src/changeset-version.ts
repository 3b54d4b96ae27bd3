import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeFailure, runCommand } from "../../../test-support/runtimes/run-command.js";
import { repoBin } from "./paths.js";

/** Replaces the pending changesets of a scratch workspace with these (name: markdown). */
export const replaceChangesets = (dir: string, changesets: Record<string, string>): void => {
  const folder = join(dir, ".changeset");
  for (const file of readdirSync(folder)) {
    if (file.endsWith(".md") && file !== "README.md") rmSync(join(folder, file));
  }
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(folder, name), text);
};

/** `changeset version` in a scratch workspace, as a release would run it. */
export const changesetVersion = async (dir: string): Promise<void> => {
  const result = await runCommand(repoBin("changeset"), ["version"], {
    cwd: dir,
    timeoutMs: 120_000,
  });
  if (result.code !== 0) throw new Error(describeFailure("changeset version", result));
};
