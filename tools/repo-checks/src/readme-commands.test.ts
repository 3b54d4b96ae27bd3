import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./workspace.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const ciRun = readFileSync(join(repoRoot, ".ci/run"), "utf8");

/** The first shell code block of the README holds the two fresh-machine commands. */
function firstCommands(): string[] {
  const block = /```(?:sh|bash|shell)\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error("README.md has no shell code block");
  return block[1]
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

it("README opens with exactly two commands: the demo, then the tests", () => {
  const beforeBlock = readme.slice(0, readme.indexOf("```"));
  expect(beforeBlock.split("\n").filter((l) => l.trim()).length).toBeLessThanOrEqual(4);
  const commands = firstCommands();
  expect(commands).toHaveLength(2);
  expect(commands[0]).toMatch(/pnpm demo$/);
  expect(commands[1]).toMatch(/pnpm test$/);
  for (const command of commands)
    expect(command).toMatch(/^npm i -g pnpm@12\.21\.0 && pnpm install && /);
});

it(".ci/run runs the README's test command verbatim", () => {
  const testCommand = firstCommands()[1]!;
  expect(ciRun.split("\n").map((l) => l.trim())).toContain(testCommand);
});
