/** A body exactly as received: its text, or its bytes. */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/** The payload's bytes; refuses what cannot be the raw body (a parsed object, say). */
export const payloadBytes = (payload: WebhookPayload): Uint8Array => {
  if (typeof payload === "string") return new TextEncoder().encode(payload);
  if (ArrayBuffer.isView(payload)) {
    return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  }
  // byteLength rather than instanceof: an ArrayBuffer from another realm (a worker, a vm) counts.
  if (typeof (payload as ArrayBuffer | undefined)?.byteLength === "number") {
    return new Uint8Array(payload);
  }
  throw new TypeError(
    `payload must be the raw body as received (a string, Uint8Array or ArrayBuffer), not ${payload === null ? "null" : typeof payload}: verify before parsing JSON`,
  );
};

/** What the Standard Webhooks scheme signs: `${id}.${timestamp}.${body}`, as bytes. */
export const signedContent = (
  id: string,
  timestamp: string,
  payload: WebhookPayload,
): Uint8Array<ArrayBuffer> => {
  const head = new TextEncoder().encode(`${id}.${timestamp}.`);
  const body = payloadBytes(payload);
  const content = new Uint8Array(head.length + body.length);
  content.set(head);
  content.set(body, head.length);
  return content;
};

/** Base64 HMAC-SHA256 of the content, as a `v1` signature carries it. */
export const hmacBase64 = async (key: CryptoKey, content: Uint8Array<ArrayBuffer>) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign("HMAC", key, content))));
