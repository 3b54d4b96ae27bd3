/**
 * The emulator's own time. It stands still unless `advance` moves it, so timestamps and
 * lifecycles (background responses, batches) are reproducible.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Whole seconds since the epoch, as the API's `created_at` fields use. */
  seconds(): number;
  advance(ms: number): void;
}

export const createClock = (start: number): Clock => {
  let current = start;
  return {
    now: () => current,
    seconds: () => Math.floor(current / 1000),
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`advance(ms): ms must be a finite number >= 0, got ${ms}`);
      }
      current += ms;
    },
  };
};
