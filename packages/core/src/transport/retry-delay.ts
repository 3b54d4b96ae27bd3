/** Server-requested waits beyond this are ignored in favour of our own backoff. */
const maxServerDelay = 60_000;

/** A plain decimal header value, or NaN: parseFloat would read "0x10" as 0 and "1e3" as 1. */
const decimal = (value: string | null | undefined): number =>
  /^\d+(\.\d+)?$/.test(value ?? "") ? Number(value) : Number.NaN;

/**
 * How long to wait before retry number `retry` (1-based), or undefined when the failure is not
 * worth retrying. `response` is absent for connection errors and timeouts, which always are.
 * The API is idempotent enough to retry every method, so the method plays no part.
 */
export const retryDelay = (retry: number, response?: Response): number | undefined => {
  const headers = response?.headers;
  const verdict = headers?.get("x-should-retry");
  const status = response?.status ?? 0;
  if (
    verdict === "false" ||
    (verdict !== "true" && status && status < 500 && ![408, 409, 429].includes(status))
  ) {
    return undefined;
  }
  const after = headers?.get("retry-after") ?? "";
  let wait = decimal(headers?.get("retry-after-ms"));
  if (Number.isNaN(wait)) wait = decimal(after) * 1000;
  if (Number.isNaN(wait)) wait = Date.parse(after) - Date.now();
  if (wait >= 0 && wait <= maxServerDelay) return wait;
  // Jitter takes up to a quarter off so that clients failed together do not retry together.
  return Math.min(500 * 2 ** (retry - 1), 8000) * (1 - Math.random() * 0.25);
};
