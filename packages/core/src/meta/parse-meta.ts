import { parseDuration } from "./parse-duration.js";
import type { RateLimit, ResponseMeta } from "./types.js";

const num = (value: string | null): number | undefined => {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
};

const rateLimit = (headers: Headers, kind: string): RateLimit => ({
  limit: num(headers.get(`x-ratelimit-limit-${kind}`)),
  remaining: num(headers.get(`x-ratelimit-remaining-${kind}`)),
  resetMs: parseDuration(headers.get(`x-ratelimit-reset-${kind}`)),
});

/** Everything the headers of `response` say about the call, for `getMeta`. */
export const parseMeta = (response: Response, attempts: number, url: string): ResponseMeta => {
  const { headers } = response;
  return {
    status: response.status,
    headers,
    requestId: headers.get("x-request-id") ?? undefined,
    processingMs: num(headers.get("openai-processing-ms")),
    pollAfterMs: num(headers.get("openai-poll-after-ms")),
    rateLimit: { requests: rateLimit(headers, "requests"), tokens: rateLimit(headers, "tokens") },
    attempts,
    url: response.url || url,
  };
};
