import type { RetryResult } from "../retry/measure-retry.js";
import { ms } from "./format.js";
import { table } from "./table.js";

const extra = (a: number, b: number): string =>
  Number.isNaN(a) || Number.isNaN(b) ? "-" : `+${(a - b).toFixed(1)} ms`;

export const renderRetry = (results: RetryResult[], rounds: number): string => {
  const rows = table(
    `Retry overhead: one call whose first attempt fails (median of ${rounds} interleaved rounds)`,
    ["client", "no retry", "503 then ok", "extra", "reset then ok", "extra"],
    results.map((result) => [
      result.name,
      ms(result.medians.ok),
      ms(result.medians["fail-503"]),
      extra(result.medians["fail-503"], result.medians.ok),
      ms(result.medians.reset),
      extra(result.medians.reset, result.medians.ok),
    ]),
  );
  const failures = results.flatMap((result) =>
    result.failures.slice(0, 3).map((failure) => `  ${result.name} failed ${failure}`),
  );
  return [
    rows,
    ...failures,
    "  503 carries retry-after-ms: 0, which both clients honour; a reset (socket closed before",
    "  headers) has no header, so both wait their own ~0.5 s jittered backoff (375-500 ms) first",
  ].join("\n");
};
