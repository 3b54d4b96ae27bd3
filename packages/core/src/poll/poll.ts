import { APIUserAbortError, ValidationError } from "../errors/openai-error.js";
import { getMeta } from "../meta/registry.js";
import { sleep } from "../transport/sleep.js";
import { PollTimeoutError } from "./poll-timeout-error.js";
import type { PollOptions, PollRead } from "./types.js";

const checkMs = (value: number | undefined, name: string, min: number): void => {
  if (value !== undefined && !(typeof value === "number" && value >= min && !Number.isNaN(value)))
    throw new ValidationError(
      name,
      `${name} must be a number of milliseconds >= ${min}; got ${String(value)}.`,
    );
};

const aborted = (signal: AbortSignal, what: string): APIUserAbortError =>
  new APIUserAbortError(`Stopped waiting for ${what}: aborted.`, { cause: signal.reason });

/**
 * Reads with `read` until `until` says the value is final, and resolves with that value. Between
 * reads it waits what the server asked for in `openai-poll-after-ms` (read from the result's
 * `getMeta`), or else a backoff from `intervalMs` growing by half up to `maxIntervalMs`.
 */
export const poll = async <T>(read: PollRead<T>, options: PollOptions<T>): Promise<T> => {
  const { until, signal, onProgress, timeoutMs } = options;
  if (typeof until !== "function")
    throw new ValidationError("until", "until must be a function telling a final value apart.");
  checkMs(options.intervalMs, "intervalMs", 0);
  checkMs(options.maxIntervalMs, "maxIntervalMs", 0);
  checkMs(timeoutMs, "timeoutMs", 0);
  const what = options.what ?? "a final value";
  const intervalMs = options.intervalMs ?? 1000;
  const maxIntervalMs = Math.max(options.maxIntervalMs ?? 30_000, intervalMs);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw aborted(signal, what);
    const value = await read(signal ? { signal } : {});
    if (until(value)) return value;
    const elapsedMs = Date.now() - started;
    if (timeoutMs !== undefined && elapsedMs >= timeoutMs)
      throw new PollTimeoutError(what, timeoutMs, value);
    const asked =
      value !== null && typeof value === "object" ? getMeta(value)?.pollAfterMs : undefined;
    let nextDelayMs =
      asked !== undefined && asked >= 0
        ? asked
        : Math.min(intervalMs * 1.5 ** (attempt - 1), maxIntervalMs);
    // The last wait ends at the deadline, so one more read happens before giving up.
    if (timeoutMs !== undefined) nextDelayMs = Math.min(nextDelayMs, timeoutMs - elapsedMs);
    onProgress?.(value, { attempt, elapsedMs, nextDelayMs });
    await sleep(nextDelayMs, signal);
  }
};
