import { performance } from "node:perf_hooks";
import { median } from "../stats/median.js";
import { type RetryCase, type RetryClient, retryCases } from "./retry-clients.js";

export interface RetryResult {
  name: string;
  /** Median ms of a whole call per case, every sample behind it, and any call that failed. */
  medians: Record<RetryCase, number>;
  samples: Record<RetryCase, number[]>;
  failures: string[];
}

const emptyCases = (): Record<RetryCase, number[]> => ({ ok: [], "fail-503": [], reset: [] });

/**
 * Times whole calls, interleaved by client and case each round, after a few warm-up calls so the
 * first round does not pay for JIT and the connection pool.
 */
export const measureRetry = async (
  clients: RetryClient[],
  rounds: number,
  warmupCalls: number,
): Promise<RetryResult[]> => {
  for (const client of clients) {
    for (let i = 0; i < warmupCalls; i++) await client.call("ok");
  }
  const results = clients.map((client) => ({
    name: client.name,
    samples: emptyCases(),
    failures: [] as string[],
  }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, client] of clients.entries()) {
      const result = results[index]!;
      for (const which of retryCases) {
        const start = performance.now();
        try {
          await client.call(which);
          result.samples[which].push(performance.now() - start);
        } catch (error) {
          result.failures.push(`${which}: ${(error as Error).message}`);
        }
      }
    }
  }
  return results.map((result) => ({
    ...result,
    medians: {
      ok: median(result.samples.ok),
      "fail-503": median(result.samples["fail-503"]),
      reset: median(result.samples.reset),
    },
  }));
};
