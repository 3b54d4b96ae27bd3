import { OpenAIError } from "@oaikit/core";

/**
 * Why a webhook request was refused:
 * - `missing_header` / `malformed_header`: `webhook-id`, `webhook-timestamp` or `webhook-signature`
 *   is absent or unreadable (`header` names which).
 * - `expired` / `future_timestamp`: `webhook-timestamp` lies outside `toleranceSeconds` of now.
 * - `bad_signature`: no `v1` signature matches the body under any secret given.
 * - `unsupported_version`: the signature header holds no `v1` entry at all.
 * - `bad_secret_format`: the secret is not `whsec_` + base64 (or plain base64).
 * - `invalid_payload`: the signature holds but the body is not a JSON event (or, with
 *   `validate: true`, not the event its `type` names).
 */
export type WebhookVerificationReason =
  | "missing_header"
  | "malformed_header"
  | "expired"
  | "future_timestamp"
  | "bad_signature"
  | "unsupported_version"
  | "bad_secret_format"
  | "invalid_payload";

/**
 * A webhook request is not genuine (or not readable). The message says what to fix; it never
 * holds the secret, nor a header's or the body's content.
 */
export class WebhookVerificationError extends OpenAIError {
  override name = "WebhookVerificationError";
  declare readonly reason: WebhookVerificationReason;
  /** The header at fault, for `missing_header` and `malformed_header`. */
  declare readonly header: string | undefined;

  constructor(reason: WebhookVerificationReason, message: string, header?: string) {
    super(message);
    Object.assign(this, { reason, header });
  }

  toJSON() {
    return { name: this.name, message: this.message, reason: this.reason, header: this.header };
  }
}
