import type { ClientConfig } from "../client/types.js";

interface Slots {
  free: number;
  waiting: (() => void)[];
}

// A ClientConfig is frozen and shared by every call of its client: one count each.
const byConfig = new WeakMap<ClientConfig, Slots>();

/** The slot a response handed back unread still holds, for whoever reads its body. */
export const slotOf = new WeakMap<Response, () => void>();

/**
 * Takes one of the client's `maxConcurrency` slots, waiting for one to free up; resolves to the
 * function that gives it back (callable more than once). A wait cut short by `signal` leaves
 * no listener and no place in the queue behind; the caller then sees the signal aborted.
 */
export const takeSlot = (
  config: ClientConfig,
  signal: AbortSignal | undefined,
): Promise<() => void> | (() => void) => {
  const max = config.maxConcurrency;
  if (max === undefined) return () => undefined;
  const s = byConfig.get(config) ?? { free: max, waiting: [] };
  byConfig.set(config, s);
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    const next = s.waiting.shift();
    if (next) next();
    else s.free++;
  };
  if (signal?.aborted) {
    held = false;
    return release;
  }
  if (s.free > 0) {
    s.free--;
    return release;
  }
  return new Promise((resolve) => {
    const granted = () => {
      signal?.removeEventListener("abort", cancel);
      resolve(release);
    };
    const cancel = () => {
      s.waiting.splice(s.waiting.indexOf(granted), 1);
      held = false;
      resolve(release);
    };
    s.waiting.push(granted);
    signal?.addEventListener("abort", cancel);
  });
};
