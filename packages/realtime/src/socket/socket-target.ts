import { type Client, ValidationError } from "@oaikit/core";

/** How the credential travels: a header, or a WebSocket subprotocol for runtimes without one. */
export type RealtimeAuthMode = "header" | "subprotocol";

/** Everything needed to open one Realtime WebSocket. */
export interface SocketTarget {
  url: string;
  protocols: string[];
  /** Undefined when the credential travels as a subprotocol. */
  headers: Record<string, string> | undefined;
  /** Values that must never appear in an error or a log. */
  secrets: string[];
}

/** The subprotocol prefix the Realtime API reads a key from when no header can carry it. */
const KEY_PROTOCOL = "openai-insecure-api-key.";

const isWebPage = (): boolean => {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== "undefined" && typeof g.document !== "undefined";
};

/**
 * Whether a WebSocket opened here can carry an Authorization header: `ws` on Node 20, and the
 * global WebSocket of Node 22+, Bun and Deno (each accepts `headers` in its constructor options).
 * Browsers, web workers and workerd cannot.
 */
export const canSendHeaders = (): boolean => {
  const g = globalThis as { process?: { versions?: { node?: unknown } }; Deno?: unknown };
  if (isWebPage()) return false;
  return typeof g.process?.versions?.node === "string" || typeof g.Deno !== "undefined";
};

/** Ephemeral client secrets (`ek_...`) are made to be handed to a browser. */
const isClientSecret = (key: string): boolean => key.startsWith("ek_");

/**
 * The WebSocket URL for `path` under the client's base URL (`https` becomes `wss`, `http`
 * becomes `ws`), with the client's default query and `query` appended.
 */
export const socketUrl = (
  client: Client,
  path: string,
  query: Record<string, string | undefined>,
): string => {
  const url = new URL(client.config.baseURL.replace(/\/+$/, "") + path);
  if (url.protocol === "https:") url.protocol = "wss:";
  else if (url.protocol === "http:") url.protocol = "ws:";
  for (const params of [client.config.defaultQuery, query]) {
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
  }
  return url.toString();
};

/** Where to connect and how to authenticate, with the key checked before anything is sent. */
export const socketTarget = (
  client: Client,
  url: string,
  mode: RealtimeAuthMode | undefined,
): SocketTarget => {
  const { config } = client;
  const key = config.apiKey;
  if (!key) {
    throw new ValidationError(
      "apiKey",
      "Missing API key: pass `apiKey` (in a browser, an ephemeral client secret) to createClient() or set OPENAI_API_KEY.",
    );
  }
  if (/[^\x21-\x7e]/.test(key)) {
    throw new ValidationError(
      "apiKey",
      "apiKey holds whitespace or non-ASCII characters, which neither a header nor a subprotocol can carry.",
    );
  }
  if (isWebPage() && !isClientSecret(key) && !config.dangerouslyAllowBrowser) {
    throw new ValidationError(
      "dangerouslyAllowBrowser",
      "The API key would be exposed in a browser: connect with an ephemeral client secret (createRealtimeClientSecret on your server), or pass `dangerouslyAllowBrowser: true`.",
    );
  }
  const secrets = [key];
  if ((mode ?? (canSendHeaders() ? "header" : "subprotocol")) === "subprotocol") {
    return { url, protocols: ["realtime", KEY_PROTOCOL + key], headers: undefined, secrets };
  }
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (config.organization) headers["openai-organization"] = config.organization;
  if (config.project) headers["openai-project"] = config.project;
  for (const [name, value] of Object.entries(config.defaultHeaders)) {
    if (value != null) headers[name.toLowerCase()] = value;
  }
  return { url, protocols: ["realtime"], headers, secrets };
};
