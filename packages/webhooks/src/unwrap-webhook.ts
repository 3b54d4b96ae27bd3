import type { WebhookEvent } from "./generated/webhook-event.js";
import type { UnknownWebhookEvent } from "./known-webhook-event.js";
import { payloadBytes, type WebhookPayload } from "./signed-content.js";
import { type VerifyWebhookOptions, verifyWebhook } from "./verify-webhook.js";
import type { WebhookHeaders } from "./webhook-headers.js";
import type { WebhookSecret } from "./webhook-secret.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

export interface UnwrapWebhookOptions extends VerifyWebhookOptions {
  /**
   * Also check a known event against its valibot schema (`@oaikit/webhooks/schemas`), loaded on
   * first use so callers who leave this off never bundle it. Unknown types are never rejected.
   */
  validate?: boolean;
}

/**
 * Verifies a webhook request (see `verifyWebhook`) and returns its event. The result is typed as
 * the spec's event union, or `UnknownWebhookEvent` for a type newer than this package; narrow
 * with `isKnownWebhookEvent`, then on `type`.
 */
export const unwrapWebhook = async (
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options: UnwrapWebhookOptions = {},
): Promise<WebhookEvent | UnknownWebhookEvent> => {
  await verifyWebhook(payload, headers, secret, options);
  let event: unknown;
  try {
    event = JSON.parse(
      typeof payload === "string" ? payload : new TextDecoder().decode(payloadBytes(payload)),
    );
  } catch {
    // Signed by the sender, so never expected; the parser's message would quote the body.
  }
  if (typeof (event as { type?: unknown } | null)?.type !== "string") {
    throw new WebhookVerificationError(
      "invalid_payload",
      "the signature holds but the body is not a JSON event with a string type",
    );
  }
  if (!options.validate) return event as WebhookEvent | UnknownWebhookEvent;
  const { validateWebhookEvent } = await import("./validate-webhook-event.js");
  return validateWebhookEvent(event as UnknownWebhookEvent);
};
