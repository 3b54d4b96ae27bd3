import ky, { type KyInstance } from "ky";
import type { ClientConfig } from "../client/types.js";

const instances = new WeakMap<ClientConfig, KyInstance>();

/**
 * The ky instance of a client, built on first use. Every ky default that matters is set here on
 * purpose. Retries, timeouts and error mapping are NOT delegated to ky: exchange.ts runs its own
 * loop because ky cannot fall back to backoff when Retry-After exceeds 60 s (it clamps), needs an
 * afterResponse hook plus a ForceRetryError workaround for retry-after-ms, bypasses Retry-After
 * when x-should-retry forces a retry, and times only the wait for headers, not the body read.
 * That loop is shorter than the hooks it would take to bend ky's.
 */
export const kyFor = (config: ClientConfig): KyInstance => {
  let instance = instances.get(config);
  if (!instance) {
    const { beforeRequest, afterResponse } = config.hooks;
    instance = ky.create({
      // Passed through to fetch's init, e.g. an undici `dispatcher` (see @oaikit/core/node).
      ...config.fetchOptions,
      prefix: config.baseURL,
      retry: { limit: 0 },
      timeout: false,
      totalTimeout: false,
      throwHttpErrors: false,
      // Late-bound and called as a plain function: workers throw "Illegal invocation" on an
      // unbound fetch, and test tools patch globalThis.fetch after clients are built.
      fetch: config.fetch ?? ((input, init) => fetch(input, init)),
      hooks: {
        beforeRequest: beforeRequest ? [({ request }) => beforeRequest(request)] : [],
        afterResponse: afterResponse
          ? [
              async ({ request, response }) => {
                await afterResponse(response, request);
              },
            ]
          : [],
      },
    });
    instances.set(config, instance);
  }
  return instance;
};
