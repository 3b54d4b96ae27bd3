import { WebhookVerificationError } from "./webhook-verification-error.js";

/** An endpoint's signing secret (`whsec_` + base64), or several while one is being rotated. */
export type WebhookSecret = string | readonly string[];

const prefix = "whsec_";

const decodeOne = (secret: unknown, where: string): Uint8Array<ArrayBuffer> => {
  let binary = "";
  try {
    if (typeof secret === "string") {
      binary = atob(secret.startsWith(prefix) ? secret.slice(prefix.length) : secret);
    }
  } catch {
    // atob's own message is dropped: the secret must not reach an error.
  }
  if (!binary) {
    throw new WebhookVerificationError(
      "bad_secret_format",
      `${where} is not a webhook signing secret: expected "whsec_" followed by base64, as the dashboard shows it`,
    );
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

/** The HMAC key bytes of each secret, in order; throws `bad_secret_format` naming which one. */
export const decodeSecrets = (secret: WebhookSecret): Uint8Array<ArrayBuffer>[] => {
  if (typeof secret === "string") return [decodeOne(secret, "the secret")];
  if (!Array.isArray(secret) || secret.length === 0) {
    throw new WebhookVerificationError(
      "bad_secret_format",
      "secret must be a string or a non-empty array of strings",
    );
  }
  return secret.map((one, index) => decodeOne(one, `secret[${index}]`));
};

export const importHmacKey = (bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> =>
  crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
