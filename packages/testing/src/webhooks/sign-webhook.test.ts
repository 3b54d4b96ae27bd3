import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../emulator/create-emulator.js";
import { signWebhook } from "./sign-webhook.js";

const key = "emulator-signing-key";
const secret = `whsec_${Buffer.from(key).toString("base64")}`;

/** An independent implementation of the Standard Webhooks signature, with node:crypto. */
const expected = (id: string, timestamp: number, body: string) =>
  `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;

describe("signWebhook", () => {
  it("matches an HMAC-SHA256 of id.timestamp.body keyed with the decoded secret", async () => {
    const body = JSON.stringify({ type: "batch.completed", data: { id: "batch_1" } });
    expect(await signWebhook(secret, "wh_1", 1_700_000_000, body)).toBe(
      expected("wh_1", 1_700_000_000, body),
    );
  });

  it("accepts a secret without the whsec_ prefix", async () => {
    const bare = Buffer.from(key).toString("base64");
    expect(await signWebhook(bare, "wh_2", 1, "{}")).toBe(expected("wh_2", 1, "{}"));
  });

  it("rejects a secret that is not base64 without revealing it", async () => {
    const bad = "whsec_not*base64!";
    const error = await signWebhook(bad, "wh", 1, "{}").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain("not*base64");
  });
});

describe("emulator.webhooks", () => {
  it("sign() gives the three Standard Webhooks headers for a body", async () => {
    const headers = await createEmulator().webhooks.sign("{}", {
      secret,
      webhookId: "wh_x",
      timestamp: 42,
    });
    expect(headers).toEqual({
      "webhook-id": "wh_x",
      "webhook-timestamp": "42",
      "webhook-signature": expected("wh_x", 42, "{}"),
    });
  });

  it("send() posts a signed event through the fetch it was given", async () => {
    const received: Request[] = [];
    const emulator = createEmulator({
      startTime: 1_700_000_000_000,
      fetch: async (input, init) => {
        received.push(new Request(input, init));
        return new Response("ok");
      },
    });
    await emulator.webhooks.send(
      "http://receiver.test/hook",
      { type: "response.completed", data: { id: "resp_1" } },
      { secret, timestamp: 99 },
    );
    const request = received[0]!;
    const body = await request.text();
    expect(JSON.parse(body)).toMatchObject({
      object: "event",
      type: "response.completed",
      created_at: 1_700_000_000,
      data: { id: "resp_1" },
    });
    const id = request.headers.get("webhook-id")!;
    expect(request.headers.get("webhook-signature")).toBe(expected(id, 99, body));
    expect(request.headers.get("content-type")).toBe("application/json");
  });
});
