import type { Logger, LogLevel } from "../log/types.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Sends one attempt: `init` is complete (method, headers, body, signal and any `fetchOptions`),
 * `fetch` the client's own or the global one. `withHooks` from `@oaikit/core/hooks` makes one
 * that runs request and response hooks.
 */
export type Transport = (
  url: string,
  init: RequestInit,
  fetch: typeof globalThis.fetch,
) => Promise<Response>;

export interface ClientOptions {
  /** Defaults to `OPENAI_API_KEY`. */
  apiKey?: string | undefined;
  /** Key for `/organization/*` admin operations. Defaults to `OPENAI_ADMIN_KEY`, then `apiKey`. */
  adminApiKey?: string | undefined;
  /** Defaults to `OPENAI_BASE_URL`, then `https://api.openai.com/v1`. */
  baseURL?: string | undefined;
  /** Defaults to `OPENAI_ORG_ID`. */
  organization?: string | null | undefined;
  /** Defaults to `OPENAI_PROJECT_ID`. */
  project?: string | null | undefined;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch | undefined;
  /**
   * Extra `RequestInit` fields for every fetch call (e.g. an undici `dispatcher`). `headers` are
   * sent along with the client's (the client's win), `signal` aborts every call; `body` is refused.
   */
  fetchOptions?: Record<string, unknown> | undefined;
  /** Milliseconds per attempt. Default 600000 (10 minutes). */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /**
   * The largest response body read into memory, and the largest single stream event, in bytes;
   * a larger one is an APIError. Default 256 MiB. Bodies handed back unread (`requestBinary`,
   * file content) are not counted.
   */
  maxResponseBytes?: number | undefined;
  /**
   * The most calls this client has in flight at once; the others wait their turn. A stream holds
   * its place until it ends; a download (`requestBinary`) until its headers arrive. Default no
   * limit. Set it when many calls run in parallel, or they may run out of sockets (EMFILE).
   */
  maxConcurrency?: number | undefined;
  defaultHeaders?: Record<string, string | null | undefined> | undefined;
  defaultQuery?: Record<string, string | undefined> | undefined;
  /**
   * How attempts are sent; default: straight to `fetch`. For hooks, pass
   * `withHooks({ beforeRequest, afterResponse })` from `@oaikit/core/hooks`.
   */
  transport?: Transport | undefined;
  /** Defaults to `console`. */
  logger?: Logger | undefined;
  /** Defaults to `OPENAI_LOG`, then "warn". */
  logLevel?: LogLevel | undefined;
  /** Lets the client run in a browser, where the key would be visible to the page's users. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Resolved settings: every option has its final value. */
export interface ClientConfig {
  readonly apiKey: string | undefined;
  readonly adminApiKey: string | undefined;
  readonly baseURL: string;
  readonly organization: string | undefined;
  readonly project: string | undefined;
  readonly fetch: typeof fetch | undefined;
  readonly fetchOptions: Record<string, unknown> | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxResponseBytes: number;
  readonly maxConcurrency: number | undefined;
  readonly defaultHeaders: Record<string, string | null | undefined>;
  readonly defaultQuery: Record<string, string | undefined>;
  readonly transport: Transport | undefined;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  readonly dangerouslyAllowBrowser: boolean;
}

export interface Client {
  readonly config: ClientConfig;
  /** A new client with these options laid over this one's. */
  with(overrides: ClientOptions): Client;
}

/** Per-call options, accepted as the last argument of every operation. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  headers?: Record<string, string | null | undefined> | undefined;
  query?: Record<string, unknown> | undefined;
  /** Sent as `X-Client-Request-Id`: ASCII, at most 512 characters. */
  clientRequestId?: string | undefined;
}

/** What a generated operation asks core to send. */
export interface RequestSpec {
  method: HttpMethod;
  /** Already interpolated (see `pathParam`), starting with "/", relative to baseURL. */
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  /** How `body` is encoded. Default "json" when a body is present. */
  bodyType?: "json" | "multipart" | "sdp" | "text" | undefined;
  /** The Accept header. Default "application/json"; `requestBinary` defaults to any type. */
  accept?: string | undefined;
  /** Use the admin key (`adminApiKey`) for this call. */
  auth?: "admin" | undefined;
}
