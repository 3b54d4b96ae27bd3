import type { InferOutput } from "valibot";
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  WebhookBatchFailed,
  WebhookEvent,
  WebhookLiveCallIncoming,
  WebhookRealtimeCallIncoming,
  WebhookResponseCompleted,
} from "./index.js";
import { webhookEventTypes } from "./known-webhook-event.js";
import type { WebhookEventSchema } from "./schemas.js";

type EventOf<Type extends WebhookEvent["type"]> = Extract<WebhookEvent, { type: Type }>;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated webhook event types", () => {
  it("the exported event union is discriminated by type over the 16 spec events", () => {
    expectTypeOf<WebhookEvent["type"]>().toEqualTypeOf<
      | "batch.cancelled"
      | "batch.completed"
      | "batch.expired"
      | "batch.failed"
      | "eval.run.canceled"
      | "eval.run.failed"
      | "eval.run.succeeded"
      | "fine_tuning.job.cancelled"
      | "fine_tuning.job.failed"
      | "fine_tuning.job.succeeded"
      | "live.call.incoming"
      | "realtime.call.incoming"
      | "response.cancelled"
      | "response.completed"
      | "response.failed"
      | "response.incomplete"
    >();
    expectTypeOf<"response.created">().not.toExtend<WebhookEvent["type"]>();
  });

  it("narrowing on response.completed gives exactly that event and its { id } data", () => {
    expectTypeOf<EventOf<"response.completed">>().toEqualTypeOf<WebhookResponseCompleted>();
    expectTypeOf<EventOf<"response.completed">["data"]>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<EventOf<"batch.failed">>().toEqualTypeOf<WebhookBatchFailed>();
  });

  it("call events carry the call or session id and the SIP headers", () => {
    expectTypeOf<EventOf<"realtime.call.incoming">>().toEqualTypeOf<WebhookRealtimeCallIncoming>();
    expectTypeOf<EventOf<"realtime.call.incoming">["data"]>().toEqualTypeOf<{
      call_id: string;
      sip_headers: { name: string; value: string }[];
    }>();
    expectTypeOf<EventOf<"live.call.incoming">>().toEqualTypeOf<WebhookLiveCallIncoming>();
    expectTypeOf<EventOf<"live.call.incoming">["data"]>().toHaveProperty("session_id");
    expectTypeOf<EventOf<"live.call.incoming">["data"]>().not.toHaveProperty("call_id");
  });

  it("every event has an id, a creation time and an optional object literal event", () => {
    expectTypeOf<WebhookEvent["id"]>().toEqualTypeOf<string>();
    expectTypeOf<WebhookEvent["created_at"]>().toEqualTypeOf<number>();
    expectTypeOf<WebhookEvent["object"]>().toEqualTypeOf<"event" | undefined>();
  });

  it("WebhookEventSchema parses to exactly the WebhookEvent union", () => {
    expectTypeOf<InferOutput<typeof WebhookEventSchema>>().toEqualTypeOf<WebhookEvent>();
  });

  it("webhookEventTypes lists exactly the union's types, so a new spec event fails here", () => {
    expectTypeOf<(typeof webhookEventTypes)[number]>().toEqualTypeOf<WebhookEvent["type"]>();
    const all: Record<WebhookEvent["type"], true> = {
      "batch.cancelled": true,
      "batch.completed": true,
      "batch.expired": true,
      "batch.failed": true,
      "eval.run.canceled": true,
      "eval.run.failed": true,
      "eval.run.succeeded": true,
      "fine_tuning.job.cancelled": true,
      "fine_tuning.job.failed": true,
      "fine_tuning.job.succeeded": true,
      "live.call.incoming": true,
      "realtime.call.incoming": true,
      "response.cancelled": true,
      "response.completed": true,
      "response.failed": true,
      "response.incomplete": true,
    };
    expect([...webhookEventTypes].sort()).toEqual(Object.keys(all).sort());
  });
});
