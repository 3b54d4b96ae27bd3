import { hmacBase64, signedContent, type WebhookPayload } from "./signed-content.js";
import { decodeSecrets, importHmacKey, type WebhookSecret } from "./webhook-secret.js";

export interface SignWebhookOptions {
  /** The `webhook-id`; default a fresh `wh_` id. Redeliveries of one event keep theirs. */
  id?: string;
  /** The `webhook-timestamp`: a `Date` or whole seconds since the epoch. Default now. */
  timestamp?: Date | number;
}

/** The three Standard Webhooks headers of one signed delivery (a type, so it is a valid HeadersInit). */
export type WebhookSignatureHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

const randomId = (): string =>
  `wh_${Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("")}`;

/**
 * Signs a body the way OpenAI does (Standard Webhooks, `v1` HMAC-SHA256) and returns the headers
 * to send with it: for tests and local senders. With several secrets, the signature header holds
 * one signature per secret.
 */
export const signWebhook = async (
  payload: WebhookPayload,
  secret: WebhookSecret,
  options: SignWebhookOptions = {},
): Promise<WebhookSignatureHeaders> => {
  const keys = decodeSecrets(secret);
  const id = options.id ?? randomId();
  if (typeof id !== "string" || id === "" || /\s/.test(id)) {
    throw new TypeError("id must be a non-empty string without spaces");
  }
  const time = options.timestamp ?? new Date();
  const seconds = time instanceof Date ? Math.floor(time.getTime() / 1000) : time;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new TypeError("timestamp must be a Date or whole seconds since the epoch");
  }
  const timestamp = String(seconds);
  const content = signedContent(id, timestamp, payload);
  const signatures: string[] = [];
  for (const bytes of keys)
    signatures.push(`v1,${await hmacBase64(await importHmacKey(bytes), content)}`);
  return {
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signatures.join(" "),
  };
};
