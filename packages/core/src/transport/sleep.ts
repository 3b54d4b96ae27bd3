/**
 * Waits `ms`, or less once `signal` aborts (the caller checks it next); leaves no listener
 * behind, so a signal shared by many calls does not accumulate them.
 */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener("abort", done);
  });
