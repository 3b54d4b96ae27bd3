import type { ClientConfig } from "../client/types.js";

const MASK = "***";

/**
 * The client's keys in every form they can take in a message: as given, and percent-encoded as
 * a query value or path segment carries them. Very short values are skipped: masking every
 * "sk" in a message would hide more than it protects.
 */
const secretsOf = ({ apiKey, adminApiKey }: ClientConfig): string[] => {
  const out: string[] = [];
  for (const secret of [apiKey, adminApiKey]) {
    if (!secret || secret.length < 6) continue;
    out.push(secret);
    try {
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out.push(encoded);
    } catch {
      // A key with a lone surrogate has no encoded form (and is refused before sending).
    }
  }
  return out;
};

/** `text` with the client's keys masked. */
export const redactText = (config: ClientConfig, text: string): string => {
  for (const secret of secretsOf(config)) text = text.replaceAll(secret, MASK);
  return text;
};

/**
 * A body (parsed JSON or text) with the client's keys masked. Objects are copied only when they
 * hold a key, so the common case costs one serialisation and no copy.
 */
export const redactValue = (config: ClientConfig, value: unknown): unknown => {
  if (typeof value === "string") return redactText(config, value);
  if (value === null || typeof value !== "object") return value;
  const secrets = secretsOf(config);
  if (secrets.length === 0) return value;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return value;
  }
  return secrets.some((secret) => json.includes(secret))
    ? JSON.parse(redactText(config, json))
    : value;
};

/**
 * A URL fit for a message or a log line: every query value masked (gateways take keys and
 * signatures there) and the client's keys masked wherever else they sit, such as a proxy path.
 */
export const showURL = (config: ClientConfig, url: string): string => {
  const q = url.indexOf("?");
  const shown =
    q < 0
      ? url
      : `${url.slice(0, q + 1)}${url
          .slice(q + 1)
          .split("&")
          .map((pair) => {
            const eq = pair.indexOf("=");
            return eq < 0 ? pair : `${pair.slice(0, eq)}=${MASK}`;
          })
          .join("&")}`;
  return redactText(config, shown);
};

/**
 * `error` if nothing in its chain of causes shows a key or the query of `url`, else undefined:
 * a runtime's own message may quote the whole URL, and `util.inspect` prints every cause.
 */
export const safeCause = (config: ClientConfig, error: unknown, url: string): unknown => {
  const q = url.indexOf("?");
  const hidden = [...secretsOf(config), ...(q < 0 ? [] : [url.slice(q + 1)])];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const text = `${e.message}\n${e.stack ?? ""}`;
    if (hidden.some((secret) => text.includes(secret))) return undefined;
  }
  return error;
};
