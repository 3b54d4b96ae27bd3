import { createEmulator } from "@oaikit/testing";
import {
  createWebhookHandler,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from "@oaikit/webhooks";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

const secret = `whsec_${btoa("runtime-matrix-webhook-key")}`;

/**
 * Webhooks on Web Crypto: a signed body verifies, a tampered one is refused with its reason, and
 * the emulator's sender posts through its `fetch` into createWebhookHandler, all in this runtime.
 */
export const webhookVerify: SmokeCase = {
  name: "webhook verify",
  async run() {
    const body =
      '{"id":"evt_1","object":"event","created_at":1,"type":"batch.completed","data":{"id":"b"}}';
    const headers = await signWebhook(body, secret);
    await verifyWebhook(body, headers, secret);
    await verifyWebhook(new TextEncoder().encode(body), new Headers(headers), secret);
    let refused: unknown;
    try {
      await verifyWebhook(body.replace('"b"', '"c"'), headers, secret);
    } catch (error) {
      refused = error;
    }
    check(refused instanceof WebhookVerificationError, `refused: ${String(refused)}`);
    checkEqual(refused.reason, "bad_signature", "reason");

    const handled: string[] = [];
    const handler = createWebhookHandler({
      secret,
      on: { "response.completed": (event) => void handled.push(event.data.id) },
    });
    const emulator = createEmulator({
      webhooks: [{ url: "http://receiver.smoke/webhooks", secret }],
      fetch: (input, init) => handler(new Request(input, init)),
    });
    try {
      const created = await emulator.fetch("http://emulator.smoke/v1/responses", {
        method: "POST",
        headers: { authorization: "Bearer sk-smoke", "content-type": "application/json" },
        body: JSON.stringify({ model: "m", input: "hi", background: true }),
      });
      const { id } = (await created.json()) as { id: string };
      await emulator.webhooks.settled();
      checkEqual(handled, [id], "events handled");
      checkEqual(emulator.webhooks.deliveries[0]?.state, "delivered", "delivery state");
    } finally {
      await emulator.close();
    }
  },
};
