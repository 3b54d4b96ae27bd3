import { describeFailure, runCommand } from "./run-command.js";

/** Runs `<executable> --version` and returns the version it prints, or why it did not run. */
export const checkVersion = async (
  executable: string,
  expected: string | undefined,
): Promise<{ version: string } | { error: string }> => {
  const result = await runCommand(executable, ["--version"], { timeoutMs: 60_000 });
  const line = result.stdout.trim().split("\n")[0] ?? "";
  if (result.code !== 0 || result.failure || !line) {
    return { error: describeFailure(`${executable} --version`, result) };
  }
  if (expected && !line.includes(expected)) {
    return { error: `${executable} --version printed "${line}", expected ${expected}` };
  }
  return { version: line.match(/\d+(?:\.\d+)+|\d{4}-\d\d-\d\d/)?.[0] ?? line };
};
