import type { WebhookEvent } from "./generated/webhook-event.js";
import type { UnknownWebhookEvent } from "./known-webhook-event.js";
import { createMemorySeenStore, type WebhookSeenStore } from "./memory-seen-store.js";
import { type UnwrapWebhookOptions, unwrapWebhook } from "./unwrap-webhook.js";
import { decodeSecrets, type WebhookSecret } from "./webhook-secret.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

type EventOf<Type> = Extract<WebhookEvent, { type: Type }>;

export interface WebhookContext {
  /** The `webhook-id` header: the same on every redelivery of one event. */
  webhookId: string;
  request: Request;
}

/** One function per event type to handle; each receives exactly that event. */
export type WebhookEventHandlers<Types extends WebhookEvent["type"] = WebhookEvent["type"]> = {
  [Type in Types]?: (event: EventOf<Type>, context: WebhookContext) => unknown;
};

export interface WebhookHandlerOptions<Types extends WebhookEvent["type"] = WebhookEvent["type"]>
  extends UnwrapWebhookOptions {
  /** The endpoint's signing secret, or several while rotating. Checked when the handler is made. */
  secret: WebhookSecret;
  on?: WebhookEventHandlers<Types>;
  /** Every event no `on` entry takes, including types newer than this package. */
  onUnknown?: (
    event: Exclude<WebhookEvent, { type: Types }> | UnknownWebhookEvent,
    context: WebhookContext,
  ) => unknown;
  /**
   * Where handled `webhook-id`s are recorded so a redelivery is acknowledged but not handled
   * twice. Default an in-memory store (72 hours); `false` handles every delivery.
   */
  seen?: WebhookSeenStore | false;
  /** Told when a handler throws (the request gets a 500); default `console.error`. */
  onError?: (error: unknown, event: WebhookEvent | UnknownWebhookEvent) => void;
  /** Bodies over this many bytes get a 413 unread. Default 1 MiB. */
  maxBodyBytes?: number;
}

const answer = (status: number, body: object, headers?: Record<string, string>): Response =>
  Response.json(body, { status, headers });

const readBody = async (request: Request, max: number): Promise<Uint8Array | undefined> => {
  if (Number(request.headers.get("content-length")) > max) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.length;
    if (size > max) {
      await reader!.cancel();
      return undefined;
    }
    chunks.push(part.value);
  }
  const body = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    body.set(chunk, size);
    size += chunk.length;
  }
  return body;
};

/**
 * A fetch-style handler, `(request) => Promise<Response>`, for workers, Deno, Bun and route
 * handlers: it verifies each delivery, routes the event to `on[event.type]` (else `onUnknown`)
 * and answers 200 once the handler resolves; 400 with the reason when verification fails, 500
 * when the handler throws (OpenAI then redelivers), 405 for other methods, 413 for large bodies.
 */
export const createWebhookHandler = <Types extends WebhookEvent["type"] = never>(
  options: WebhookHandlerOptions<Types>,
): ((request: Request) => Promise<Response>) => {
  const { secret, on = {}, onUnknown, onError = console.error } = options;
  decodeSecrets(secret);
  const seen = options.seen ?? createMemorySeenStore();
  const max = options.maxBodyBytes ?? 1 << 20;
  return async (request) => {
    if (request.method !== "POST") {
      return answer(405, { error: { message: "webhooks are POSTed" } }, { allow: "POST" });
    }
    const body = await readBody(request, max);
    if (!body) return answer(413, { error: { message: `the body is over ${max} bytes` } });
    let event: WebhookEvent | UnknownWebhookEvent;
    try {
      event = await unwrapWebhook(body, request.headers, secret, options);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return answer(400, { error: { reason: error.reason, message: error.message } });
    }
    const webhookId = request.headers.get("webhook-id")!;
    if (seen && !(await seen.add(webhookId)))
      return answer(200, { received: true, duplicate: true });
    const handle = Object.hasOwn(on, event.type)
      ? (on as Record<string, (event: unknown, context: WebhookContext) => unknown>)[event.type]
      : onUnknown;
    try {
      await handle?.(event as never, { webhookId, request });
    } catch (error) {
      if (seen) await seen.delete(webhookId);
      onError(error, event);
      return answer(500, { error: { message: `the handler for ${event.type} failed` } });
    }
    return answer(200, { received: true });
  };
};
