/** An event to deliver; `id` and `created_at` are filled in when missing. */
export interface WebhookEventInput {
  type: string;
  data: Record<string, unknown>;
  id?: string;
  created_at?: number;
}

export interface WebhookSignOptions {
  /** The endpoint's signing secret, `whsec_` followed by base64. */
  secret: string;
  /** The `webhook-id` header; default a generated `wh_...` id. */
  webhookId?: string;
  /** The `webhook-timestamp` header in seconds; default the current (real) time. */
  timestamp?: number;
}

export interface WebhookSendOptions extends WebhookSignOptions {
  headers?: Record<string, string>;
}

/** A receiver the emulator posts its events to, as an endpoint configured in the dashboard. */
export interface WebhookEndpoint {
  url: string | URL;
  /** Its signing secret, `whsec_` followed by base64. */
  secret: string;
  /** The event types it subscribes to; default all. */
  events?: readonly string[];
}

/** How failed deliveries are retried (real time, not the emulator clock). */
export interface WebhookRetryOptions {
  /** Attempts per delivery, the first included. Default 5. */
  maxAttempts?: number;
  /** Wait before the first retry, doubled before each next one. Default 100 ms. */
  initialDelayMs?: number;
  /** How long one attempt may take before it counts as failed. Default 10 s. */
  timeoutMs?: number;
}

/** One event posted to one endpoint, with every attempt so far. */
export interface WebhookDelivery {
  /** The `webhook-id` header: the same on every attempt. */
  webhookId: string;
  url: string;
  event: { id: string; object: "event"; created_at: number; type: string; data: unknown };
  /** Each attempt's HTTP status, or the error that kept it from getting one. */
  attempts: { status?: number; error?: string }[];
  state: "pending" | "delivered" | "failed";
}

export interface Webhooks {
  /** POSTs `event` to `url` as a Standard Webhooks signed request; resolves to the receiver's response. */
  send(url: string | URL, event: WebhookEventInput, options: WebhookSendOptions): Promise<Response>;
  /** The `webhook-id`, `webhook-timestamp` and `webhook-signature` headers for a raw body. */
  sign(body: string, options: WebhookSignOptions): Promise<Record<string, string>>;
  /**
   * Every delivery to the configured endpoints (`createEmulator({ webhooks })`), oldest first:
   * background responses, batches, fine-tuning jobs and eval runs as they finish, incoming calls.
   */
  readonly deliveries: readonly WebhookDelivery[];
  /** Resolves once no delivery is in flight or waiting for a retry. */
  settled(): Promise<void>;
  /**
   * A SIP call arriving at the project's number: the call exists (accept, reject, refer and
   * hang up find it) and endpoints get `realtime.call.incoming`; with `live`, also
   * `live.call.incoming` for the same session (its `session_id` is the call id). Returns the
   * call id.
   */
  incomingCall(options?: {
    sipHeaders?: { name: string; value: string }[];
    live?: boolean;
  }): string;
}
