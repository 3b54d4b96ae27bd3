const decodeSecret = (secret: string): Uint8Array<ArrayBuffer> => {
  const base64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    // The secret itself stays out of the message.
    throw new TypeError("webhooks: secret must be base64, optionally prefixed with 'whsec_'");
  }
  if (binary.length === 0) throw new TypeError("webhooks: secret must not be empty");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

const toBase64 = (bytes: ArrayBuffer): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)));

/**
 * The Standard Webhooks signature: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with
 * the decoded secret. Web Crypto only, so it runs on every runtime.
 */
export const signWebhook = async (
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> => {
  const key = await crypto.subtle.importKey(
    "raw",
    decodeSecret(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(`${id}.${timestamp}.${body}`),
  );
  return `v1,${toBase64(mac)}`;
};
