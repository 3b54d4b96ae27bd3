/** Sleeps that `cancelAll` (the emulator's close) can end early, so no timer outlives it. */
export interface Timers {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  cancelAll(reason: Error): void;
}

export const createTimers = (): Timers => {
  const pending = new Set<(reason: Error) => void>();
  return {
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const finish = (error?: unknown) => {
          clearTimeout(timer);
          pending.delete(cancel);
          signal?.removeEventListener("abort", onAbort);
          if (error === undefined) resolve();
          else reject(error);
        };
        const cancel = (reason: Error) => finish(reason);
        const onAbort = () => finish(signal?.reason);
        const timer = setTimeout(() => finish(), ms);
        pending.add(cancel);
        signal?.addEventListener("abort", onAbort, { once: true });
      }),
    cancelAll: (reason) => {
      for (const cancel of [...pending]) cancel(reason);
    },
  };
};
