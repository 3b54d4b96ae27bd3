import { hmacBase64, signedContent, type WebhookPayload } from "./signed-content.js";
import { readHeader, type WebhookHeaders } from "./webhook-headers.js";
import { decodeSecrets, importHmacKey, type WebhookSecret } from "./webhook-secret.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may lie from now, either way, in seconds. Default 300. */
  toleranceSeconds?: number;
  /**
   * The time to check `webhook-timestamp` against, for tests: a `Date`, or milliseconds since the
   * epoch (a number below 10^11 is read as seconds). Default the current time.
   */
  now?: Date | number;
}

const refuse = (reason: WebhookVerificationError["reason"], message: string, header?: string) =>
  new WebhookVerificationError(reason, message, header);

const required = (headers: WebhookHeaders, name: string): string => {
  const value = readHeader(headers, name);
  if (!value) {
    throw refuse(
      "missing_header",
      `the ${name} header is missing or empty: pass the request's headers as received`,
      name,
    );
  }
  return value;
};

// Constant time for equal lengths; a length differs only for a malformed candidate.
const same = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
};

/**
 * Checks that a webhook request was signed with `secret` (Standard Webhooks: HMAC-SHA256 of
 * `${webhook-id}.${webhook-timestamp}.${body}`) and is recent. Resolves when it is genuine;
 * otherwise throws `WebhookVerificationError` with a `reason`. Pass the body exactly as received:
 * a parsed and re-serialized body fails. Runs on Web Crypto only (Node 20+, Deno, Bun, workers,
 * browsers).
 * @see https://platform.openai.com/docs/guides/webhooks
 */
export const verifyWebhook = async (
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options: VerifyWebhookOptions = {},
): Promise<void> => {
  const keys = decodeSecrets(secret);
  const id = required(headers, "webhook-id");
  const timestamp = required(headers, "webhook-timestamp");
  const signature = required(headers, "webhook-signature");
  const tolerance = options.toleranceSeconds ?? 300;
  if (!(tolerance >= 0)) {
    throw new TypeError("toleranceSeconds must be a number of seconds, 0 or more");
  }
  if (!/^\d{1,11}$/.test(timestamp)) {
    throw refuse(
      "malformed_header",
      "the webhook-timestamp header must be whole seconds since the epoch",
      "webhook-timestamp",
    );
  }
  const { now = Date.now() } = options;
  const age = Math.floor(typeof now === "number" && now < 1e11 ? now : +now / 1000) - +timestamp;
  if (age > tolerance) {
    throw refuse(
      "expired",
      `the webhook-timestamp is ${age} s old, past the ${tolerance} s tolerance: a replay, or a clock out of sync`,
    );
  }
  if (-age > tolerance) {
    throw refuse(
      "future_timestamp",
      `the webhook-timestamp is ${-age} s ahead, past the ${tolerance} s tolerance: a clock out of sync`,
    );
  }

  const candidates: string[] = [];
  let versioned = false;
  for (const entry of signature.split(" ")) {
    const comma = entry.indexOf(",");
    if (comma < 1 || comma === entry.length - 1) continue;
    versioned = true;
    if (entry.slice(0, comma) === "v1") candidates.push(entry.slice(comma + 1));
  }
  if (candidates.length === 0) {
    throw versioned
      ? refuse(
          "unsupported_version",
          "the webhook-signature header holds no v1 signature, the only version this verifies",
          "webhook-signature",
        )
      : refuse(
          "malformed_header",
          'the webhook-signature header must hold space-separated "v1,<base64>" entries',
          "webhook-signature",
        );
  }

  const content = signedContent(id, timestamp, payload);
  for (const bytes of keys) {
    const expected = await hmacBase64(await importHmacKey(bytes), content);
    for (const candidate of candidates) if (same(expected, candidate)) return;
  }
  throw refuse(
    "bad_signature",
    `no signature matches${content.length === id.length + timestamp.length + 2 ? " an empty body" : ""}: pass the body's exact bytes as received (not parsed and re-serialized), and the endpoint's signing secret`,
  );
};
