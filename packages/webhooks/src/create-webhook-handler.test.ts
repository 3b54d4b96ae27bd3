import { describe, expect, expectTypeOf, it } from "vitest";
import { createWebhookHandler } from "./create-webhook-handler.js";
import type { WebhookEvent } from "./generated/webhook-event.js";
import type { UnknownWebhookEvent } from "./known-webhook-event.js";
import { createMemorySeenStore, type WebhookSeenStore } from "./memory-seen-store.js";
import { signWebhook } from "./sign-webhook.js";

const secret = `whsec_${btoa("handler-test-signing-key")}`;
const url = "https://app.test/webhooks/openai";

const delivery = async (
  type: string,
  data: object,
  options: { id?: string; secret?: string; tamper?: boolean } = {},
): Promise<Request> => {
  const body = JSON.stringify({ id: "evt_1", object: "event", created_at: 1, type, data });
  const headers = await signWebhook(body, options.secret ?? secret, { id: options.id ?? "wh_1" });
  return new Request(url, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: options.tamper ? body.replace("}}", ',"x":1}}') : body,
  });
};

describe("createWebhookHandler", () => {
  it("routes each event to the handler of its type, typed, and answers 200 after it resolves", async () => {
    const seen: string[] = [];
    const handler = createWebhookHandler({
      secret,
      on: {
        "response.completed": async (event, context) => {
          expectTypeOf(event.type).toEqualTypeOf<"response.completed">();
          expectTypeOf(event.data).toEqualTypeOf<{ id: string }>();
          await new Promise((resolve) => setTimeout(resolve, 5));
          seen.push(`${event.type}:${event.data.id}:${context.webhookId}`);
        },
        "batch.failed": (event) => {
          seen.push(`${event.type}:${event.data.id}`);
        },
      },
    });
    const response = await handler(await delivery("response.completed", { id: "resp_1" }));
    expect(response.status).toBe(200);
    expect(seen).toEqual(["response.completed:resp_1:wh_1"]);
    await handler(await delivery("batch.failed", { id: "batch_1" }, { id: "wh_2" }));
    expect(seen).toEqual(["response.completed:resp_1:wh_1", "batch.failed:batch_1"]);
  });

  it("hands events no `on` entry takes to onUnknown, unknown types included", async () => {
    const unknown: string[] = [];
    const handler = createWebhookHandler({
      secret,
      on: { "response.completed": () => {} },
      onUnknown: (event) => {
        expectTypeOf(event).toEqualTypeOf<
          Exclude<WebhookEvent, { type: "response.completed" }> | UnknownWebhookEvent
        >();
        unknown.push(event.type);
      },
    });
    for (const [type, id] of [
      ["response.created", "wh_a"],
      ["batch.completed", "wh_b"],
      ["response.completed", "wh_c"],
      ["toString", "wh_d"],
    ] as const) {
      expect((await handler(await delivery(type, { id: "x" }, { id }))).status).toBe(200);
    }
    expect(unknown).toEqual(["response.created", "batch.completed", "toString"]);
  });

  it("acknowledges an event nobody handles", async () => {
    const handler = createWebhookHandler({ secret });
    expect((await handler(await delivery("batch.completed", { id: "b" }))).status).toBe(200);
  });

  it("answers 400 with the reason, never the secret, and runs no handler", async () => {
    let called = 0;
    const handler = createWebhookHandler({ secret, onUnknown: () => called++ });
    const cases: [Request, string][] = [
      [await delivery("batch.completed", { id: "b" }, { tamper: true }), "bad_signature"],
      [
        await delivery("batch.completed", { id: "b" }, { secret: `whsec_${btoa("wrong")}` }),
        "bad_signature",
      ],
      [new Request(url, { method: "POST", body: "{}" }), "missing_header"],
    ];
    for (const [request, reason] of cases) {
      const response = await handler(request);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: { reason, message: expect.any(String) } });
      expect(text).not.toContain(secret.slice(6));
      expect(text).not.toContain("handler-test-signing-key");
    }
    expect(called).toBe(0);
  });

  it("acknowledges a redelivered webhook-id without handling it twice", async () => {
    let calls = 0;
    const handler = createWebhookHandler({ secret, on: { "batch.completed": () => void calls++ } });
    const first = await delivery("batch.completed", { id: "b" }, { id: "wh_same" });
    const replay = first.clone();
    expect((await handler(first)).status).toBe(200);
    const again = await handler(replay);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(calls).toBe(1);
    // A re-signed redelivery (new timestamp, same id) is the same event too.
    await handler(await delivery("batch.completed", { id: "b" }, { id: "wh_same" }));
    expect(calls).toBe(1);
    await handler(await delivery("batch.completed", { id: "b" }, { id: "wh_other" }));
    expect(calls).toBe(2);
  });

  it("takes two concurrent deliveries of one id once", async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      secret,
      on: {
        "batch.completed": async () => {
          calls++;
          await new Promise((resolve) => setTimeout(resolve, 10));
        },
      },
    });
    const request = await delivery("batch.completed", { id: "b" }, { id: "wh_race" });
    const statuses = await Promise.all([handler(request.clone()), handler(request)]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    expect(calls).toBe(1);
  });

  it("answers 500 when the handler throws, reports it, and handles the redelivery", async () => {
    const reported: unknown[] = [];
    let attempts = 0;
    const handler = createWebhookHandler({
      secret,
      on: {
        "batch.completed": () => {
          attempts++;
          if (attempts === 1) throw new Error("database down");
        },
      },
      onError: (error, event) => reported.push([(error as Error).message, event.type]),
    });
    const failed = await handler(
      await delivery("batch.completed", { id: "b" }, { id: "wh_retry" }),
    );
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("database down");
    expect(reported).toEqual([["database down", "batch.completed"]]);
    const retried = await handler(
      await delivery("batch.completed", { id: "b" }, { id: "wh_retry" }),
    );
    expect(retried.status).toBe(200);
    expect(attempts).toBe(2);
  });

  it("uses the seen store it is given, or none", async () => {
    const ids: string[] = [];
    const store: WebhookSeenStore = {
      add: async (id) => {
        ids.push(id);
        return true;
      },
      delete: () => {},
    };
    let calls = 0;
    const counting = { "batch.completed": () => void calls++ };
    const withStore = createWebhookHandler({ secret, on: counting, seen: store });
    const request = await delivery("batch.completed", { id: "b" }, { id: "wh_s" });
    await withStore(request.clone());
    await withStore(request.clone());
    expect(ids).toEqual(["wh_s", "wh_s"]);
    expect(calls).toBe(2);
    const without = createWebhookHandler({ secret, on: counting, seen: false });
    await without(request.clone());
    await without(request);
    expect(calls).toBe(4);
  });

  it("forgets ids after the memory store's ttl", async () => {
    let now = 0;
    let calls = 0;
    const handler = createWebhookHandler({
      secret,
      on: { "batch.completed": () => void calls++ },
      seen: createMemorySeenStore({ ttlSeconds: 10, now: () => now }),
    });
    const request = await delivery("batch.completed", { id: "b" }, { id: "wh_t" });
    await handler(request.clone());
    await handler(request.clone());
    now = 10_000;
    await handler(request);
    expect(calls).toBe(2);
  });

  it("passes validate through: a known event that breaks its schema gets a 400", async () => {
    const handler = createWebhookHandler({ secret, validate: true });
    const response = await handler(await delivery("batch.completed", { nope: 1 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { reason: "invalid_payload" } });
  });

  it("answers 405 to other methods and 413 to bodies over maxBodyBytes", async () => {
    const handler = createWebhookHandler({ secret, maxBodyBytes: 64 });
    const get = await handler(new Request(url));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const big = await delivery("batch.completed", { id: "b".repeat(100) });
    expect((await handler(big)).status).toBe(413);
    // Without a content-length (a stream), the cap holds while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10)));
        controller.close();
      },
    });
    const streamed = new Request(url, {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
  });

  it("refuses a malformed secret when it is made, not on the first delivery", () => {
    expect(() => createWebhookHandler({ secret: "whsec_%%%" })).toThrow(
      /not a webhook signing secret/,
    );
  });
});
