import { describe, expect, expectTypeOf, it } from "vitest";
import type { WebhookEvent } from "./generated/webhook-event.js";
import { isKnownWebhookEvent, type UnknownWebhookEvent } from "./known-webhook-event.js";
import { signWebhook } from "./sign-webhook.js";
import { unwrapWebhook } from "./unwrap-webhook.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

const secret = `whsec_${btoa("unwrap-test-signing-key")}`;
const event = (type: string, data: unknown) =>
  JSON.stringify({ id: "evt_1", object: "event", created_at: 1_700_000_000, type, data });

const signed = async (body: string | Uint8Array) => ({
  body,
  headers: await signWebhook(body, secret, { id: "wh_1" }),
});

describe("unwrapWebhook", () => {
  it("returns the verified event, typed as the spec's union or an unknown event", async () => {
    const { body, headers } = await signed(event("response.completed", { id: "resp_1" }));
    const result = await unwrapWebhook(body, headers, secret);
    expectTypeOf(result).toEqualTypeOf<WebhookEvent | UnknownWebhookEvent>();
    expect(result).toEqual({
      id: "evt_1",
      object: "event",
      created_at: 1_700_000_000,
      type: "response.completed",
      data: { id: "resp_1" },
    });
    expect(isKnownWebhookEvent(result)).toBe(true);
    if (isKnownWebhookEvent(result) && result.type === "response.completed") {
      expectTypeOf(result.data).toEqualTypeOf<{ id: string }>();
    }
  });

  it("reads the body from bytes as well as text", async () => {
    const { body, headers } = await signed(
      new TextEncoder().encode(event("batch.completed", { id: "batch_ü" })),
    );
    const result = await unwrapWebhook(body, headers, secret);
    expect(result).toMatchObject({ type: "batch.completed", data: { id: "batch_ü" } });
  });

  it("hands over an unknown event type untouched, with or without validation", async () => {
    const { body, headers } = await signed(event("response.created", { id: "resp_2", extra: 1 }));
    for (const validate of [false, true]) {
      const result = await unwrapWebhook(body, headers, secret, { validate });
      expect(result).toEqual(JSON.parse(body as string));
      expect(isKnownWebhookEvent(result)).toBe(false);
    }
  });

  it("refuses a forged event before reading it", async () => {
    const { headers } = await signed(event("response.completed", { id: "resp_1" }));
    const forged = event("response.completed", { id: "resp_forged" });
    const error = await unwrapWebhook(forged, headers, secret).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error.reason).toBe("bad_signature");
  });

  it("refuses a signed body that is not a JSON event, without quoting it", async () => {
    for (const body of ["not json at all", "[1,2]", '{"type":7}', "null", ""]) {
      const { headers } = await signed(body);
      const error = await unwrapWebhook(body, headers, secret).catch((e) => e);
      expect(error, body).toBeInstanceOf(WebhookVerificationError);
      expect(error.reason).toBe("invalid_payload");
      if (body) expect(error.message).not.toContain(body);
    }
  });

  it("with validate, refuses a known event whose payload breaks its schema, naming the field", async () => {
    const { body, headers } = await signed(event("realtime.call.incoming", { sip_headers: [] }));
    await expect(unwrapWebhook(body, headers, secret)).resolves.toMatchObject({
      type: "realtime.call.incoming",
    });
    const error = await unwrapWebhook(body, headers, secret, { validate: true }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error.reason).toBe("invalid_payload");
    expect(error.message).toContain("data.call_id");
  });

  it("with validate, returns a valid known event with its unknown fields kept", async () => {
    const { body, headers } = await signed(event("batch.failed", { id: "batch_1", later: true }));
    const result = await unwrapWebhook(body, headers, secret, { validate: true });
    expect(result).toMatchObject({ type: "batch.failed", data: { id: "batch_1", later: true } });
  });
});
