import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { WebhookEventSchema } from "./schemas.js";

const event = (type: string, data: object) => ({
  id: "evt_1",
  object: "event",
  created_at: 1_700_000_000,
  type,
  data,
});

describe("WebhookEventSchema", () => {
  it("accepts each kind of event by its type and keeps the narrowed payload", () => {
    const parsed = v.parse(WebhookEventSchema, event("batch.completed", { id: "batch_1" }));
    expect(parsed.type).toBe("batch.completed");
    const call = event("realtime.call.incoming", {
      call_id: "rtc_1",
      sip_headers: [{ name: "From", value: "sip:a@b" }],
    });
    expect(v.safeParse(WebhookEventSchema, call).success).toBe(true);
  });

  it("rejects an unknown type, and a known type whose data lacks a required field", () => {
    const unknown = v.safeParse(WebhookEventSchema, event("response.created", { id: "resp_1" }));
    expect(unknown.success).toBe(false);
    expect(v.flatten(unknown.issues!).nested).toHaveProperty("type");
    const missing = v.safeParse(WebhookEventSchema, event("realtime.call.incoming", {}));
    expect(missing.success).toBe(false);
    expect(v.flatten(missing.issues!).nested).toHaveProperty("data.call_id");
  });
});
