import { signWebhook } from "@oaikit/webhooks";
import type { Clock } from "../clock/clock.js";
import type { IdSource } from "../ids/id-source.js";
import type { Timers } from "../wire/timers.js";
import type { WebhookDelivery, WebhookEndpoint, WebhookRetryOptions } from "./types.js";

/** The objects whose lifecycle ends in a webhook, and the event each final status sends. */
const finalEvents = {
  response: {
    completed: "response.completed",
    failed: "response.failed",
    cancelled: "response.cancelled",
    incomplete: "response.incomplete",
  },
  batch: {
    completed: "batch.completed",
    failed: "batch.failed",
    expired: "batch.expired",
    cancelled: "batch.cancelled",
  },
  "fine_tuning.job": {
    succeeded: "fine_tuning.job.succeeded",
    failed: "fine_tuning.job.failed",
    cancelled: "fine_tuning.job.cancelled",
  },
  "eval.run": {
    completed: "eval.run.succeeded",
    failed: "eval.run.failed",
    canceled: "eval.run.canceled",
  },
} satisfies Record<string, Record<string, string>>;

export type WatchedKind = keyof typeof finalEvents;

export interface WebhookSender {
  /**
   * Reads `status` after every request and clock move until it is final, then posts that
   * status's event once. A no-op without endpoints, so families call it unconditionally.
   */
  watch(kind: WatchedKind, id: string, status: () => string | Promise<string>): void;
  /** Posts one event to every endpoint subscribed to its type. */
  emit(type: string, data: Record<string, unknown>): void;
  /** Runs the watchers (after a request, after `advance`). */
  poll(): void;
  settled(): Promise<void>;
  readonly deliveries: WebhookDelivery[];
  newEventId(): string;
  newWebhookId(): string;
  /** Forgets watchers and past deliveries (the emulator's `reset`). */
  reset(): void;
}

export interface SenderContext {
  endpoints: readonly WebhookEndpoint[];
  retry: WebhookRetryOptions;
  clock: Clock;
  /** Event and webhook ids, apart from object ids so configuring endpoints shifts none. */
  ids: IdSource;
  timers: Timers;
  fetch: typeof fetch | undefined;
}

const describe = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message} (${cause.code ?? cause.message})` : message;
};

/**
 * Delivers the emulator's webhooks as the API does: signed with `@oaikit/webhooks`'s
 * `signWebhook`, retried with backoff on a network error or non-2xx answer, each retry carrying
 * the same `webhook-id` and a fresh timestamp.
 */
export const createWebhookSender = (context: SenderContext): WebhookSender => {
  const { endpoints, clock, ids, timers } = context;
  const { maxAttempts = 5, initialDelayMs = 100, timeoutMs = 10_000 } = context.retry;
  const watchers = new Map<string, { kind: WatchedKind; id: string; status: () => unknown }>();
  const pending = new Set<Promise<unknown>>();
  const deliveries: WebhookDelivery[] = [];
  let polling: Promise<void> = Promise.resolve();

  const track = (work: Promise<unknown>) => {
    pending.add(work);
    work.finally(() => pending.delete(work));
  };

  const deliver = async (endpoint: WebhookEndpoint, delivery: WebhookDelivery) => {
    const body = JSON.stringify(delivery.event);
    const post = context.fetch ?? fetch;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      if (attempt > 0) {
        try {
          await timers.sleep(initialDelayMs * 2 ** (attempt - 1));
        } catch {
          break; // the emulator closed
        }
      }
      try {
        const signed = await signWebhook(body, endpoint.secret, { id: delivery.webhookId });
        const response = await post(endpoint.url, {
          method: "POST",
          headers: {
            ...signed,
            "content-type": "application/json",
            "user-agent": "oaikit-emulator",
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        delivery.attempts.push({ status: response.status });
        if (response.ok) {
          delivery.state = "delivered";
          return;
        }
      } catch (error) {
        delivery.attempts.push({ error: describe(error) });
      }
    }
    delivery.state = "failed";
  };

  const newEventId = () => ids.hex("evt_", 32);
  const newWebhookId = () => ids.hex("wh_", 32);

  const emit = (type: string, data: Record<string, unknown>) => {
    const event = {
      id: newEventId(),
      object: "event" as const,
      created_at: clock.seconds(),
      type,
      data,
    };
    for (const endpoint of endpoints) {
      if (endpoint.events && !endpoint.events.includes(type)) continue;
      const delivery: WebhookDelivery = {
        webhookId: newWebhookId(),
        url: String(endpoint.url),
        event,
        attempts: [],
        state: "pending",
      };
      deliveries.push(delivery);
      track(deliver(endpoint, delivery));
    }
  };

  const check = async () => {
    for (const [key, watcher] of [...watchers]) {
      let status: unknown;
      try {
        status = await watcher.status();
      } catch {
        watchers.delete(key); // the object is gone (deleted, or the emulator reset)
        continue;
      }
      const type = (finalEvents[watcher.kind] as Record<string, string>)[String(status)];
      if (type && watchers.delete(key)) emit(type, { id: watcher.id });
    }
  };

  return {
    deliveries,
    newEventId,
    newWebhookId,
    watch(kind, id, status) {
      if (endpoints.length > 0) watchers.set(`${kind}:${id}`, { kind, id, status });
    },
    emit,
    poll() {
      if (watchers.size === 0) return;
      polling = polling.then(check);
      track(polling);
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    reset() {
      watchers.clear();
      deliveries.length = 0;
    },
  };
};
