import { spawn } from "node:child_process";

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the command could not start or ran past its time limit. */
  failure?: string;
}

/** Runs a command to completion, collecting its output; never throws. */
export const runCommand = (
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<CommandResult> =>
  new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let failure: string | undefined;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => {
      failure = `timed out after ${Math.round(options.timeoutMs / 1000)} s`;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => {
      failure = `could not start ${command}: ${error.message}`;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ...(failure ? { failure } : {}) });
    });
  });

/** The last lines of a failed command's output, for a one-paragraph reason. */
export const describeFailure = (what: string, result: CommandResult): string => {
  const tail = `${result.stderr}\n${result.stdout}`.trim().split("\n").slice(-6).join("\n  ");
  const how = result.failure ?? `exited with ${result.code}`;
  return `${what} ${how}${tail ? `:\n  ${tail}` : ""}`;
};
