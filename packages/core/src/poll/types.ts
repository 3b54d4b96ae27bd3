/** What `onProgress` learns after each read that was not final. */
export interface PollProgress {
  /** 1-based number of the read just made. */
  attempt: number;
  /** Milliseconds since polling started. */
  elapsedMs: number;
  /** How long the poller waits before the next read: the server's `openai-poll-after-ms` when it sent one, else the backoff. */
  nextDelayMs: number;
}

export interface PollOptions<T> {
  /** True once `value` is final (a terminal status); polling then resolves with it. */
  until: (value: T) => boolean;
  /** The first wait between reads, in ms; later waits grow by half each time. Default 1000. */
  intervalMs?: number;
  /** The longest wait the backoff grows to, in ms. Default 30000. */
  maxIntervalMs?: number;
  /** Give up with a `PollTimeoutError` after this many ms. Default: never. */
  timeoutMs?: number;
  /** Stops polling (and the read in flight) with an `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Called with every value that was not final, before the wait. */
  onProgress?: (value: T, progress: PollProgress) => void;
  /** Names what is awaited in the timeout error, e.g. "batch batch_123 to finish". */
  what?: string;
}

/** One read of the object; `signal` aborts it when polling is aborted. */
export type PollRead<T> = (options: { signal?: AbortSignal }) => Promise<T>;

/** Options of the `waitFor...` helpers: `poll`'s, less what the helper decides itself. */
export type WaitOptions<T> = Omit<PollOptions<T>, "until" | "what">;
