import type { ClientConfig } from "../client/types.js";

/** What one attempt sends. */
export interface Attempt {
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal;
}

/**
 * One attempt: to the client's transport (`withHooks` from `@oaikit/core/hooks`), else to fetch
 * directly. `fetchOptions` join the init here, so both paths send the same: their headers under
 * the client's, their signal beside the call's.
 *
 * Going through ky only when hooks ask for it matters: ky builds and clones a Request per call,
 * with an AbortController and a signal following it on each, before fetch builds its own Request:
 * on Node 20 that is ~70 µs of CPU per call, against ~25 µs for everything else core does. On a
 * local keep-alive server ky alone runs at 0.63-0.66x raw fetch's requests/s, so no client that
 * calls it per request can reach the 0.9x this package is held to (bench/: `pnpm bench`).
 */
export const sendAttempt = (
  config: ClientConfig,
  url: string,
  { method, headers, body, signal }: Attempt,
): Promise<Response> => {
  // The global is looked up per call so test tools may patch globalThis.fetch after clients are
  // built; a plain call (not a method call on an options object) keeps a native fetch's `this`
  // right, which browsers and workers require ("Illegal invocation").
  const run = config.fetch ?? fetch;
  let init: RequestInit = { method, headers, body, signal };
  if (config.fetchOptions) {
    const { headers: extraHeaders, signal: extraSignal, ...rest } = config.fetchOptions;
    init = {
      ...rest,
      method,
      body,
      headers: extraHeaders
        ? { ...Object.fromEntries(new Headers(extraHeaders as HeadersInit)), ...headers }
        : headers,
      // AbortSignal.any, as ky did for this option: a client-wide signal is rare, and the
      // listener exchange.ts links the caller's signal with could not outlive this call's body.
      signal: extraSignal ? AbortSignal.any([extraSignal as AbortSignal, signal]) : signal,
    };
  }
  return config.transport ? config.transport(url, init, run) : run(url, init);
};
