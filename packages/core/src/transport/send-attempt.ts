import type { KyInstance } from "ky";
import type { ClientConfig } from "../client/types.js";

/** What one attempt sends. */
export interface Attempt {
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal;
}

// A ClientConfig is frozen and shared by every call of its client: one ky instance each.
const instances = new WeakMap<ClientConfig, Promise<KyInstance>>();

/**
 * Every ky default that matters is set here on purpose. ky's retries are off: exchange.ts runs
 * its own loop because ky reads neither retry-after-ms nor x-should-retry, clamps a long
 * Retry-After where we fall back to backoff, and cannot retry a body read that fails after it
 * returned the response. ky's timeout is off too: it covers only the wait for headers, while
 * exchange.ts's own timer also spans the hooks and the body read.
 */
const kyFor = (config: ClientConfig): Promise<KyInstance> => {
  let http = instances.get(config);
  if (http) return http;
  const { beforeRequest, afterResponse } = config.hooks;
  // Loaded on first use: only clients with hooks need ky, so the others leave it out of their
  // import time and, with a bundler that splits on import(), out of their initial bundle.
  http = import("ky").then(({ default: ky }) =>
    ky.create({
      // Passed through to fetch's init, e.g. an undici `dispatcher` (see @oaikit/core/node).
      ...config.fetchOptions,
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
    }),
  );
  // A failed load (a chunk the network lost) is tried again by the next call, not remembered.
  http.catch(() => instances.delete(config));
  instances.set(config, http);
  return http;
};

/**
 * Whether an attempt needs ky: hooks are handed ky's Request, and ky merges headers, body or
 * signal given in `fetchOptions` into it. Any other call goes to fetch directly.
 *
 * ky builds and clones a Request per call, with an AbortController and a signal following it on
 * each, before fetch builds its own Request: on Node 20 that is ~70 µs of CPU per call, against
 * ~25 µs for everything else core does (sequential JSON POSTs with a fetch that answers at once).
 * On a local keep-alive server ky alone runs at 0.63-0.66x raw fetch's requests/s, so no client
 * that calls it per request can reach the 0.9x this package is held to (bench/: `pnpm bench`).
 */
const needsKy = (config: ClientConfig): boolean => {
  const { hooks, fetchOptions } = config;
  return Boolean(
    hooks.beforeRequest ||
      hooks.afterResponse ||
      (fetchOptions &&
        (fetchOptions.headers || fetchOptions.body !== undefined || fetchOptions.signal)),
  );
};

/** One attempt: through ky when hooks or Request-level fetchOptions need it, else fetch. */
export const sendAttempt = (
  config: ClientConfig,
  url: string,
  { method, headers, body, signal }: Attempt,
): Promise<Response> => {
  // The global is looked up per call so test tools may patch globalThis.fetch after clients are
  // built; a plain call (not a method call on an options object) keeps a native fetch's `this`
  // right, which browsers and workers require ("Illegal invocation").
  const run = config.fetch ?? fetch;
  if (!needsKy(config)) {
    return run(url, { ...config.fetchOptions, method, headers, body, signal });
  }
  return kyFor(config).then((http) =>
    http(url, { method, headers, body, signal, fetch: (input, init) => run(input, init) }),
  );
};
