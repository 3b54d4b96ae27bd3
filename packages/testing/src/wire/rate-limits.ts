import type { Clock } from "../clock/clock.js";

export interface RateLimitOptions {
  /** Requests per minute; default 10000. */
  requests?: number;
  /** Tokens per minute; default 10000000. */
  tokens?: number;
}

/** Per-minute request and token budgets on the emulator clock, for the `x-ratelimit-*` headers. */
export interface RateLimits {
  countRequest(): void;
  countTokens(tokens: number): void;
  headers(): Record<string, string>;
}

const duration = (ms: number): string => (ms < 1000 ? `${ms}ms` : `${+(ms / 1000).toFixed(3)}s`);

export const createRateLimits = (clock: Clock, options: RateLimitOptions = {}): RateLimits => {
  const limitRequests = options.requests ?? 10_000;
  const limitTokens = options.tokens ?? 10_000_000;
  let window = -1;
  let requests = 0;
  let tokens = 0;
  const roll = () => {
    const current = Math.floor(clock.now() / 60_000);
    if (current !== window) {
      window = current;
      requests = 0;
      tokens = 0;
    }
  };
  return {
    countRequest() {
      roll();
      requests++;
    },
    countTokens(count) {
      roll();
      tokens += count;
    },
    headers() {
      roll();
      const reset = duration((window + 1) * 60_000 - clock.now());
      return {
        "x-ratelimit-limit-requests": String(limitRequests),
        "x-ratelimit-limit-tokens": String(limitTokens),
        "x-ratelimit-remaining-requests": String(Math.max(0, limitRequests - requests)),
        "x-ratelimit-remaining-tokens": String(Math.max(0, limitTokens - tokens)),
        "x-ratelimit-reset-requests": reset,
        "x-ratelimit-reset-tokens": reset,
      };
    },
  };
};
