import type { WebhookEvent } from "./generated/webhook-event.js";

/**
 * An event whose `type` this version of the package does not describe (one OpenAI added later):
 * handed over as received, never rejected. Only `type` is checked to be a string.
 */
export interface UnknownWebhookEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

// types.test.ts checks this list is exactly WebhookEvent["type"], so a new spec event fails CI.
export const webhookEventTypes: readonly WebhookEvent["type"][] = [
  "batch.cancelled",
  "batch.completed",
  "batch.expired",
  "batch.failed",
  "eval.run.canceled",
  "eval.run.failed",
  "eval.run.succeeded",
  "fine_tuning.job.cancelled",
  "fine_tuning.job.failed",
  "fine_tuning.job.succeeded",
  "live.call.incoming",
  "realtime.call.incoming",
  "response.cancelled",
  "response.completed",
  "response.failed",
  "response.incomplete",
];

/** Narrows an unwrapped event to the typed union when its `type` is one this package knows. */
export const isKnownWebhookEvent = (event: { type: string }): event is WebhookEvent =>
  (webhookEventTypes as readonly string[]).includes(event.type);
