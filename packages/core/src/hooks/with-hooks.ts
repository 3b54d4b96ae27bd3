import ky from "ky";
import type { Transport } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";

/** Hooks run around every attempt of every request. */
export interface ClientHooks {
  /** May return a replacement Request; runs before each attempt, after headers are set. */
  beforeRequest?: (request: Request) => Request | undefined | Promise<Request | undefined>;
  /** Sees every response of every attempt, before error mapping and retries. */
  afterResponse?: (response: Response, request: Request) => void | Promise<void>;
}

/**
 * A transport that hands each attempt to `hooks` as a `Request`, built by ky, for
 * `createClient({ transport: withHooks({ ... }) })`. ky is reached only through this module, so
 * apps without hooks never bundle it, whether or not their bundler splits.
 *
 * Every ky default that matters is set on purpose. ky's retries are off: core runs its own loop
 * because ky reads neither retry-after-ms nor x-should-retry, clamps a long Retry-After where we
 * fall back to backoff, and cannot retry a body read that fails after it returned the response.
 * ky's timeout is off too: it covers only the wait for headers, while core's own timer also spans
 * the hooks and the body read.
 */
/* @__NO_SIDE_EFFECTS__ */
export const withHooks = (hooks: ClientHooks): Transport => {
  const { beforeRequest, afterResponse } = hooks ?? {};
  for (const [name, hook] of [
    ["beforeRequest", beforeRequest],
    ["afterResponse", afterResponse],
  ] as const) {
    if (hook !== undefined && typeof hook !== "function") {
      throw new ValidationError(`hooks.${name}`, `hooks.${name} must be a function.`);
    }
  }
  const http = ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    hooks: {
      beforeRequest: beforeRequest ? [(request) => beforeRequest(request)] : [],
      // ky clones the response for each afterResponse hook, so none is registered without one.
      afterResponse: afterResponse
        ? [
            async (request, _, response) => {
              await afterResponse(response, request);
            },
          ]
        : [],
    },
  });
  // ky passes what it does not know (an undici `dispatcher`, say) on to fetch's init. A plain
  // call keeps a native fetch's `this` right, which browsers and workers require.
  return (url, init, fetch) =>
    http(url, { ...init, fetch: (input, options) => fetch(input, options) } as Parameters<
      typeof http
    >[1]);
};
