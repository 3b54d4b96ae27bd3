import ky, { type KyInstance } from "ky";
import type { ClientConfig } from "../client/types.js";

/**
 * A ky instance for one call. Every ky default that matters is set here on purpose. ky's retries
 * are off: exchange.ts runs its own loop because ky reads neither retry-after-ms nor
 * x-should-retry, clamps a long Retry-After where we fall back to backoff, and cannot retry a
 * body read that fails after it returned the response. ky's timeout is off too: it covers only
 * the wait for headers, while exchange.ts's own timer also spans the hooks and the body read.
 * Built per call: that costs a few closures, and a per-client cache would add more bytes than
 * it saves time.
 */
export const kyFor = (config: ClientConfig): KyInstance => {
  const { beforeRequest, afterResponse } = config.hooks;
  return ky.create({
    // Passed through to fetch's init, e.g. an undici `dispatcher` (see @oaikit/core/node).
    ...config.fetchOptions,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    // ky calls this as a method of its options object, which gives a native fetch the wrong
    // `this` ("Illegal invocation" in browsers and workers); a plain call avoids that, and the
    // global is looked up per call so test tools may patch globalThis.fetch after clients are built.
    fetch: (input, init) => (config.fetch ?? fetch)(input, init),
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
};
