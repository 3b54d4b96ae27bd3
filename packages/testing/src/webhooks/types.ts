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

export interface Webhooks {
  /** POSTs `event` to `url` as a Standard Webhooks signed request; resolves to the receiver's response. */
  send(url: string | URL, event: WebhookEventInput, options: WebhookSendOptions): Promise<Response>;
  /** The `webhook-id`, `webhook-timestamp` and `webhook-signature` headers for a raw body. */
  sign(body: string, options: WebhookSignOptions): Promise<Record<string, string>>;
}
