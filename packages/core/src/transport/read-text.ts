import type { ClientConfig } from "../client/types.js";
import { type APIError, apiErrorClass } from "../errors/api-error.js";

/**
 * The body as text, or an APIError of the response's status once it passes `maxResponseBytes`: counted as it streams in
 * (a compressed or chunked body announces no usable length), so an oversized body is dropped
 * before it fills memory or passes the longest string V8 can build.
 */
export const readText = async (
  { maxResponseBytes: max }: ClientConfig,
  response: Response,
  what: () => string,
): Promise<string> => {
  const tooLarge = (): APIError =>
    new (apiErrorClass(response.status))(
      response.status,
      undefined,
      response.headers,
      `${response.status} response to ${what()} is over maxResponseBytes (${max} bytes).`,
    );
  const { body, headers } = response;
  const length = Number(headers.get("content-length") ?? Number.NaN);
  if (length > max) {
    void body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  // A length the runtime enforces (no content-encoding) lets the native reader do the work.
  if (!body || (length >= 0 && !headers.has("content-encoding"))) return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.length;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
};
