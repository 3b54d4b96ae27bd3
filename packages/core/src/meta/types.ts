export interface RateLimit {
  limit: number | undefined;
  remaining: number | undefined;
  /** Milliseconds until the window resets, parsed from values like "6m0s" or "120ms". */
  resetMs: number | undefined;
}

/** What the HTTP exchange said besides the body; read it with `getMeta(result)`. */
export interface ResponseMeta {
  status: number;
  headers: Headers;
  /** `x-request-id`: quote it when asking OpenAI for help. */
  requestId: string | undefined;
  /** `openai-processing-ms`. */
  processingMs: number | undefined;
  /** `openai-poll-after-ms`: how long the server asks pollers to wait before reading again. */
  pollAfterMs: number | undefined;
  rateLimit: { requests: RateLimit; tokens: RateLimit };
  /** How many attempts the call took (1 = no retry). */
  attempts: number;
  url: string;
}
