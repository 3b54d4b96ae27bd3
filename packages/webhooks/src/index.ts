// The generated list names every export explicitly; hand-written helpers add theirs below.

export {
  createWebhookHandler,
  type WebhookContext,
  type WebhookEventHandlers,
  type WebhookHandlerOptions,
} from "./create-webhook-handler.js";
export * from "./generated/index-exports.js";
export {
  isKnownWebhookEvent,
  type UnknownWebhookEvent,
  webhookEventTypes,
} from "./known-webhook-event.js";
export {
  createMemorySeenStore,
  type MemorySeenStoreOptions,
  type WebhookSeenStore,
} from "./memory-seen-store.js";
export {
  type SignWebhookOptions,
  signWebhook,
  type WebhookSignatureHeaders,
} from "./sign-webhook.js";
export type { WebhookPayload } from "./signed-content.js";
export { type UnwrapWebhookOptions, unwrapWebhook } from "./unwrap-webhook.js";
export { type VerifyWebhookOptions, verifyWebhook } from "./verify-webhook.js";
export type { WebhookHeaders } from "./webhook-headers.js";
export type { WebhookSecret } from "./webhook-secret.js";
export {
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "./webhook-verification-error.js";
