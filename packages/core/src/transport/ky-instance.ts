import ky, { type KyInstance } from "ky";
import type { ClientConfig } from "../client/types.js";

/** What one attempt sends. */
export interface Attempt {
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal;
}

interface Transport {
  http: KyInstance;
  /** Whether headers, body and signal may skip ky's Request (see `sendAttempt`). */
  direct: boolean;
}

// A ClientConfig is frozen and shared by every call of its client: one ky instance each.
const transports = new WeakMap<ClientConfig, Transport>();

/**
 * Every ky default that matters is set here on purpose. ky's retries are off: exchange.ts runs
 * its own loop because ky reads neither retry-after-ms nor x-should-retry, clamps a long
 * Retry-After where we fall back to backoff, and cannot retry a body read that fails after it
 * returned the response. ky's timeout is off too: it covers only the wait for headers, while
 * exchange.ts's own timer also spans the hooks and the body read.
 */
const transportFor = (config: ClientConfig): Transport => {
  let transport = transports.get(config);
  if (transport) return transport;
  const { beforeRequest, afterResponse } = config.hooks;
  // ky merges these into its Request, so with any of them among fetchOptions ours go there too.
  const { headers, body, signal } = config.fetchOptions ?? {};
  const hooked = Boolean(beforeRequest || afterResponse);
  const direct = !hooked && !headers && body === undefined && !signal;
  const http = ky.create({
    // Passed through to fetch's init, e.g. an undici `dispatcher` (see @oaikit/core/node).
    ...config.fetchOptions,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    // Left out when empty: ky merges them into every call's options (a few µs each).
    ...(hooked && {
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
  });
  transport = { http, direct };
  transports.set(config, transport);
  return transport;
};

/**
 * One attempt through ky. Hooks see the whole Request, so with hooks it carries everything.
 * Otherwise no one sees ky's Request, and headers, body and signal go to fetch directly: that
 * spares ky's clone of its Request for retries we do not use (a tee of the body stream), fetch's
 * TransformStream proxy for a body taken from a Request, an AbortSignal.any joining our signal
 * to ky's, and ky's header merging. Sequential JSON POSTs to a local keep-alive server, as a
 * share of raw fetch's rate: 0.54-0.65x with everything on ky's Request, 0.75-0.88x now.
 */
export const sendAttempt = (
  config: ClientConfig,
  url: string,
  { method, headers, body, signal }: Attempt,
): Promise<Response> => {
  const { http, direct } = transportFor(config);
  return http(url, {
    method,
    ...(!direct && { headers, body, signal }),
    // Per call: ky calls this as a method of its options object, which gives a native fetch the
    // wrong `this` ("Illegal invocation" in browsers and workers); a plain call avoids that, and
    // the global is looked up per call so test tools may patch globalThis.fetch after clients
    // are built.
    fetch: (input, init) =>
      (config.fetch ?? fetch)(input, direct ? { ...init, headers, body, signal } : init),
  });
};
