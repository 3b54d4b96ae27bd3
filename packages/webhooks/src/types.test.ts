import type { InferOutput } from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type {
  WebhookBatchFailed,
  WebhookEvent,
  WebhookLiveCallIncoming,
  WebhookRealtimeCallIncoming,
  WebhookResponseCompleted,
} from "./index.js";
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
});
