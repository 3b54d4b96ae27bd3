import { createClient } from "@oaikit/core";
import type { Emulator } from "@oaikit/testing";
import type { CaseResult, SmokeCase, SmokeContext, SmokeMode } from "./types.js";

export interface RunOptions {
  mode: SmokeMode;
  baseURL: string;
  fetch: typeof fetch | undefined;
  browser: boolean;
}

const describeError = (error: unknown): string =>
  error instanceof Error
    ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split("\n").slice(1, 6).join("\n")}` : ""}`
    : String(error);

/** Calls every case's `prepare` on the emulator the cases will talk to. */
export const prepareEmulator = (emulator: Emulator, cases: readonly SmokeCase[]): void => {
  for (const smokeCase of cases) smokeCase.prepare?.(emulator);
};

/** Runs the cases one after another; a case that throws fails alone. */
export const runCases = async (
  cases: readonly SmokeCase[],
  options: RunOptions,
): Promise<CaseResult[]> => {
  const context: SmokeContext = {
    ...options,
    client: (overrides) =>
      createClient({
        apiKey: "sk-smoke-test",
        baseURL: options.baseURL,
        fetch: options.fetch,
        dangerouslyAllowBrowser: options.browser,
        maxRetries: 2,
        ...overrides,
      }),
  };
  const results: CaseResult[] = [];
  for (const smokeCase of cases) {
    try {
      const outcome = await smokeCase.run(context);
      results.push(
        outcome
          ? { name: smokeCase.name, status: "skipped", detail: outcome.skip }
          : { name: smokeCase.name, status: "passed" },
      );
    } catch (error) {
      results.push({ name: smokeCase.name, status: "failed", detail: describeError(error) });
    }
  }
  return results;
};
