import { checkMaxRetries, checkTimeout } from "../client/check-options.js";
import { isBrowser } from "../client/runtime.js";
import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { APIError, apiErrorClass } from "../errors/api-error.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type OpenAIError,
  ValidationError,
} from "../errors/openai-error.js";
import { redactText, safeCause, showURL } from "../errors/redact.js";
import { log, redactHeaders } from "../log/log.js";
import { setMeta } from "../meta/registry.js";
import { buildHeaders } from "./build-headers.js";
import { buildQuery } from "./build-query.js";
import { encodeBody } from "./encode-body.js";
import { linkSignal } from "./link-signal.js";
import { readText } from "./read-text.js";
import { retryDelay } from "./retry-delay.js";
import { sendAttempt } from "./send-attempt.js";
import { sleep } from "./sleep.js";
import { slotOf, takeSlot } from "./slots.js";

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The message of the innermost cause, which names the actual failure (reset, DNS, TLS...). */
const rootMessage = (error: Error): string =>
  error.cause instanceof Error ? rootMessage(error.cause) : error.message;

/** The `read` of calls that resolve to the response itself, body unread (streams, downloads). */
export const unread = async (response: Response): Promise<Response> => response;

/**
 * One call with its retries. `read` consumes a 2xx response inside the attempt, so the timeout
 * covers it and a connection lost mid-body is retried like any other; streams pass a read that
 * returns the response untouched and time themselves out on idle, the timer having stopped once
 * `read` returned. `what()` ("METHOD url", keys and query values masked) is for messages. An
 * object result is registered for `getMeta`.
 */
export const exchange = async <T>(
  { config }: Client,
  spec: RequestSpec,
  options: RequestOptions,
  read: (response: Response, what: () => string) => Promise<T>,
): Promise<T> => {
  if (isBrowser() && !config.dangerouslyAllowBrowser) {
    throw new ValidationError(
      "dangerouslyAllowBrowser",
      "The API key is exposed in a browser: use an ephemeral key and pass `dangerouslyAllowBrowser: true`.",
    );
  }
  const timeout = checkTimeout(options.timeout) ?? config.timeout;
  const maxRetries = checkMaxRetries(options.maxRetries) ?? config.maxRetries;
  const { body, type } = await encodeBody(spec);
  const headers = buildHeaders(config, spec, options, type);
  const url =
    config.baseURL + spec.path + buildQuery(config.defaultQuery, spec.query, options.query);
  // Built only for a message or a log line: most calls never show their URL.
  const what = () => `${spec.method} ${showURL(config, url)}`;
  const { signal } = options;
  // Checked up front so debug lines (and the redacted headers copy) cost nothing when off.
  const debug = config.logLevel === "debug";

  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let error: OpenAIError;
    // Taken before the timer starts: waiting for a slot is not the attempt being slow.
    let release: (() => void) | undefined = await takeSlot(config, signal);
    // One window per attempt over the hooks, the headers and the body read: ky times only the
    // headers. The caller's signal reaches the attempt through a listener removed when it ends,
    // except for a body handed back unread, which must stay abortable after this returns.
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(), timeout);
    const keep = (read as unknown) === unread;
    const unlink = linkSignal(keep ? undefined : signal, timer);
    try {
      // Also ends a backoff wait cut short by the signal (see the catch below).
      signal?.throwIfAborted();
      if (debug)
        log(config, "debug", `${what()} attempt ${attempt}`, redactHeaders(config, headers));
      response = await sendAttempt(config, url, {
        method: spec.method,
        headers,
        body,
        signal: keep && signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
      });
      if (debug) log(config, "debug", `${what()} -> ${response.status}`);
      if (response.ok) {
        const value = await read(response, what);
        if (keep) {
          slotOf.set(response, release);
          release = undefined;
        }
        if (value && typeof value === "object")
          setMeta(value, { response, attempts: attempt, url });
        return value;
      }
      const text = await readText(config, response, what).catch((e: unknown) => {
        if (e instanceof APIError) return e;
        throw e;
      });
      error =
        typeof text === "string"
          ? new (apiErrorClass(response.status))(
              response.status,
              // Some error bodies quote the key they rejected.
              parseBody(redactText(config, text)),
              response.headers,
            )
          : text;
    } catch (thrown) {
      if (signal?.aborted) {
        throw new APIUserAbortError("Request was aborted.", { cause: signal.reason });
      }
      response = undefined;
      // Per the fetch standard every network failure is a TypeError; ky passes it on unwrapped,
      // so no Request (whose headers carry the key) rides along as a cause.
      if (timer.signal.aborted)
        error = new APIConnectionTimeoutError(`${what()} timed out after ${timeout} ms.`);
      else if (thrown instanceof TypeError) {
        // Some runtimes quote the whole URL in their message (Deno: "error sending request for url").
        const root = rootMessage(thrown);
        const reason = root.includes("EMFILE")
          ? "too many open connections (EMFILE): cap them with the client's maxConcurrency option"
          : redactText(config, root.replaceAll(url, showURL(config, url)));
        error = new APIConnectionError(`${what()} failed: ${reason}`, {
          cause: safeCause(config, thrown, url),
        });
        // fetch refused what it was given (a bad port, scheme or option): no server was
        // reached, so a retry would fail the same way.
        if (/invalid|parse|cannot|scheme|bad port/i.test(reason)) throw error;
      } else throw thrown;
    } finally {
      clearTimeout(timeoutId);
      unlink();
      release?.();
    }
    const wait = attempt <= maxRetries ? retryDelay(attempt, response) : undefined;
    if (wait === undefined) throw error;
    log(
      config,
      "info",
      `retry ${attempt}/${maxRetries} of ${what()} in ${Math.round(wait)} ms: ${error.message}`,
    );
    await sleep(wait, signal);
  }
};
