import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeFailure, runCommand } from "../../../../test-support/runtimes/run-command.js";
import type { ReadyRuntime } from "../../../../test-support/runtimes/types.js";
import { parseResultLine } from "../smoke/result-line.js";
import type { CaseResult, SmokeMode } from "../smoke/types.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Deno gets only what the suite needs: loopback and reading the repo's node_modules; no env. */
const argsFor = (runtime: ReadyRuntime, script: string): string[] => {
  if (runtime.name === "deno") {
    return [
      "run",
      "--no-prompt",
      "--no-lock",
      "--allow-net=127.0.0.1",
      `--allow-read=${repoRoot}`,
      script,
    ];
  }
  if (runtime.name === "bun") return ["run", script];
  return [script];
};

/** Runs the CLI bundle in Node, Bun or Deno and reads back the results it prints. */
export const runCliRuntime = async (
  runtime: ReadyRuntime,
  script: string,
  mode: SmokeMode,
  baseURL: string | undefined,
): Promise<CaseResult[]> => {
  const args = [...argsFor(runtime, script), mode, ...(baseURL ? [baseURL] : [])];
  const result = await runCommand(runtime.executable, args, {
    cwd: dirname(script),
    timeoutMs: 180_000,
    // No OPENAI_* from the developer's shell may steer the client.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("OPENAI_")),
    ),
  });
  const results = parseResultLine(result.stdout);
  if (!results) throw new Error(describeFailure(`${runtime.name} ${mode} smoke run`, result));
  return results;
};
