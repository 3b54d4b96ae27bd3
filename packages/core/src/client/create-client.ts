import { isLogLevel } from "../log/log.js";
import { checkHeader } from "../transport/build-headers.js";
import {
  checkBaseURL,
  checkFetchOptions,
  checkMaxConcurrency,
  checkMaxResponseBytes,
  checkMaxRetries,
  checkTimeout,
  checkTransport,
} from "./check-options.js";
import { readEnv } from "./env.js";
import type { Client, ClientConfig, ClientOptions } from "./types.js";

/** A copy of `defaultHeaders`, refused here when fetch would refuse it on every call. */
const checkDefaultHeaders = (given: ClientOptions["defaultHeaders"] = {}) => {
  for (const name of Object.keys(given)) {
    const value = given[name];
    if (value != null) checkHeader(`defaultHeaders.${name}`, name, value);
  }
  return { ...given };
};

const resolve = (o: ClientOptions): ClientConfig => {
  const apiKey = o.apiKey ?? readEnv("OPENAI_API_KEY");
  const logLevel = o.logLevel ?? readEnv("OPENAI_LOG")?.toLowerCase();
  return Object.freeze({
    apiKey,
    adminApiKey: o.adminApiKey ?? readEnv("OPENAI_ADMIN_KEY") ?? apiKey,
    baseURL: checkBaseURL(o.baseURL ?? readEnv("OPENAI_BASE_URL") ?? "https://api.openai.com/v1"),
    // null opts out of the env fallback, so one process can serve several organizations.
    organization:
      o.organization === null ? undefined : (o.organization ?? readEnv("OPENAI_ORG_ID")),
    project: o.project === null ? undefined : (o.project ?? readEnv("OPENAI_PROJECT_ID")),
    fetch: o.fetch,
    fetchOptions: checkFetchOptions(o.fetchOptions),
    timeout: checkTimeout(o.timeout) ?? 600_000,
    maxRetries: checkMaxRetries(o.maxRetries) ?? 2,
    maxConcurrency: checkMaxConcurrency(o.maxConcurrency),
    maxResponseBytes: checkMaxResponseBytes(o.maxResponseBytes) ?? 2 ** 28,
    defaultHeaders: checkDefaultHeaders(o.defaultHeaders),
    defaultQuery: { ...o.defaultQuery },
    transport: checkTransport(o),
    logger: o.logger ?? console,
    logLevel: isLogLevel(logLevel) ? logLevel : "warn",
    dangerouslyAllowBrowser: o.dangerouslyAllowBrowser ?? false,
  });
};

/**
 * An immutable client: the settings every operation sends with. Options fall back to the
 * `OPENAI_*` environment variables where `process.env` exists. A missing key is reported by the
 * first request, so building a client never throws for it.
 */
/* @__NO_SIDE_EFFECTS__ */
export const createClient = (options: ClientOptions = {}): Client =>
  Object.freeze({
    config: resolve(options),
    // Overrides are laid over the original options (not the resolved config), so an override
    // of `apiKey` also moves the `adminApiKey` fallback along with it.
    with: (overrides: ClientOptions) => createClient({ ...options, ...overrides }),
  });
