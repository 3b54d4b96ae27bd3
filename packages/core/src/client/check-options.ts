import { ValidationError } from "../errors/openai-error.js";
import type { ClientOptions, Transport } from "./types.js";

/** `value` unchanged if it is a whole number from `min` to `max` (or absent), else a ValidationError. */
const checkCount = (
  name: string,
  value: number | undefined,
  min: number,
  max: number,
): number | undefined => {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new ValidationError(
      name,
      `${name} must be a whole number from ${min} to ${max}, got ${value}.`,
    );
  }
  return value;
};

/** Per attempt, in ms; the cap is the largest delay setTimeout accepts. */
export const checkTimeout = (value: number | undefined) =>
  checkCount("timeout", value, 1, 2 ** 31 - 1);

export const checkMaxRetries = (value: number | undefined) =>
  checkCount("maxRetries", value, 0, 99);

export const checkMaxConcurrency = (value: number | undefined) =>
  checkCount("maxConcurrency", value, 1, 2 ** 31);

/** Capped below V8's longest string (2 ** 29 - 24 characters), which a body must fit in. */
export const checkMaxResponseBytes = (value: number | undefined) =>
  checkCount("maxResponseBytes", value, 1, 500 * 2 ** 20);

/**
 * `baseURL` without trailing slashes, once it is known to be an absolute http(s) URL that a path
 * can be appended to. Refused here rather than by fetch, whose error would be retried as a
 * network failure and could quote the URL (user info in it can never work: fetch refuses it).
 * The messages never quote the value, which may hold a key.
 */
export const checkBaseURL = (value: string): string => {
  const fail = (problem: string): never => {
    throw new ValidationError("baseURL", `baseURL ${problem}.`);
  };
  let url: URL | undefined;
  try {
    // A page may call a proxy on its own origin with a relative baseURL ("/api/openai/v1").
    url = new URL(value, (globalThis as { location?: { href?: string } }).location?.href);
  } catch {
    fail("is not an absolute URL: it needs a scheme and a host, like https://api.openai.com/v1");
  }
  if (url!.protocol !== "https:" && url!.protocol !== "http:") {
    fail(`must use http: or https:, not ${url!.protocol}`);
  }
  if (url!.username || url!.password || /^[a-z]+:\/\/[^/?#]*@/i.test(value)) {
    fail(
      "holds a user name or password, which fetch refuses to send: pass the key as `apiKey`, or a gateway's own header in `defaultHeaders`",
    );
  }
  if (url!.search || url!.hash || /[?#]/.test(value)) {
    fail("cannot have a query or fragment, as paths are appended to it: use `defaultQuery`");
  }
  return value.replace(/\/+$/, "");
};

/** Refuses a `body` among `fetchOptions`: it would replace every request's own. */
export const checkFetchOptions = (value: Record<string, unknown> | undefined) => {
  if (value?.body !== undefined) {
    throw new ValidationError(
      "fetchOptions.body",
      "fetchOptions.body would replace the body of every request: drop it; each call sends its own.",
    );
  }
  return value;
};

/** The transport, once it is a function; `hooks` (the option before transports) says where it went. */
export const checkTransport = (o: ClientOptions): Transport | undefined => {
  if ((o as { hooks?: unknown }).hooks !== undefined) {
    throw new ValidationError(
      "hooks",
      'hooks are given as a transport: createClient({ transport: withHooks({ beforeRequest, afterResponse }) }), with withHooks from "@oaikit/core/hooks".',
    );
  }
  if (o.transport !== undefined && typeof o.transport !== "function") {
    throw new ValidationError(
      "transport",
      'transport must be a function, such as withHooks({ ... }) from "@oaikit/core/hooks".',
    );
  }
  return o.transport;
};
