import { NetworkError } from "ky";
import { checkMaxRetries, checkTimeout } from "../client/check-options.js";
import { isBrowser } from "../client/runtime.js";
import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { apiErrorClass } from "../errors/api-error.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type OpenAIError,
  ValidationError,
} from "../errors/openai-error.js";
import { log, redactHeaders } from "../log/log.js";
import type { MetaSource } from "../meta/registry.js";
import { buildHeaders } from "./build-headers.js";
import { buildQuery } from "./build-query.js";
import { encodeBody } from "./encode-body.js";
import { kyFor } from "./ky-instance.js";
import { retryDelay } from "./retry-delay.js";
import { sleep } from "./sleep.js";

export interface Exchanged<T> extends MetaSource {
  value: T;
}

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const rootMessage = (error: unknown): string => {
  let e = error as Error;
  while (e.cause instanceof Error) e = e.cause;
  return e.message;
};

const aborted = (cause: unknown) => new APIUserAbortError("Request was aborted.", { cause });

/**
 * One call with its retries. `read` consumes a 2xx response inside the attempt, so the timeout
 * covers it and a connection lost mid-body is retried like any other; streams pass a read that
 * returns the response untouched and time themselves out on idle.
 */
export const exchange = async <T>(
  { config }: Client,
  spec: RequestSpec,
  options: RequestOptions,
  read: (response: Response) => Promise<T>,
): Promise<Exchanged<T>> => {
  if (isBrowser() && !config.dangerouslyAllowBrowser) {
    throw new ValidationError(
      "dangerouslyAllowBrowser",
      "In a browser the API key is visible to the page's users: use an ephemeral key and pass `dangerouslyAllowBrowser: true`.",
    );
  }
  const timeout = checkTimeout(options.timeout) ?? config.timeout;
  const maxRetries = checkMaxRetries(options.maxRetries) ?? config.maxRetries;
  const { body, type } = await encodeBody(spec);
  const headers = buildHeaders(config, spec, options, type);
  const path = spec.path + buildQuery(config.defaultQuery, spec.query, options.query);
  const url = config.baseURL + path;
  const what = `${spec.method} ${url}`;
  const { signal } = options;
  const http = kyFor(config);

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw aborted(signal.reason);
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(), timeout);
    let response: Response | undefined;
    let error: OpenAIError;
    log(config, "debug", `${what} attempt ${attempt}`, redactHeaders(headers));
    try {
      response = await http(path, {
        method: spec.method,
        headers,
        body,
        // AbortSignal.any registers no listener on the caller's signal, so one signal shared by
        // many calls does not accumulate listeners.
        signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
      });
      log(config, "debug", `${what} -> ${response.status}`);
      if (response.ok) {
        return { value: await read(response), response, attempts: attempt, url };
      }
      let text = await response.text();
      // Some error bodies quote the key they rejected.
      for (const secret of [config.apiKey, config.adminApiKey]) {
        if (secret) text = text.replaceAll(secret, "***");
      }
      error = new (apiErrorClass(response.status))(
        response.status,
        parseBody(text),
        response.headers,
      );
    } catch (cause) {
      if (signal?.aborted) throw aborted(signal.reason);
      response = undefined;
      if (timer.signal.aborted)
        error = new APIConnectionTimeoutError(`${what} timed out after ${timeout} ms.`);
      // Per the fetch standard every network failure is a TypeError; ky wraps the ones it knows.
      else if (cause instanceof NetworkError || cause instanceof TypeError) {
        // ky's wrapper holds the Request, whose headers carry the key: keep only what it wraps.
        error = new APIConnectionError(`${what} failed: ${rootMessage(cause)}`, {
          cause: cause instanceof NetworkError ? cause.cause : cause,
        });
      } else throw cause;
    } finally {
      clearTimeout(timeoutId);
    }
    const wait = attempt <= maxRetries ? retryDelay(attempt, response) : undefined;
    if (wait === undefined) throw error;
    log(
      config,
      "info",
      `retry ${attempt}/${maxRetries} of ${what} in ${Math.round(wait)} ms: ${error.message}`,
    );
    await sleep(wait, signal).catch((reason) => {
      throw aborted(reason);
    });
  }
};
