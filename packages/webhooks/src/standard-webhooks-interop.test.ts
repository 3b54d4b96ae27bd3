import fc from "fast-check";
import { WebhookVerificationError as TheirError, Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook.js";
import { verifyWebhook } from "./verify-webhook.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

// Interop with the Standard Webhooks reference implementation (npm `standardwebhooks`), which
// checks timestamps against the real clock: offsets stay well inside its 5-minute window.
const secrets = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .chain((bytes) =>
    fc.constantFrom(
      `whsec_${Buffer.from(bytes).toString("base64")}`,
      Buffer.from(bytes).toString("base64"),
    ),
  );
const payloads = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", minLength: 1 }),
  fc.json(),
);
const ids = fc
  .string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 })
  .filter((id) => !/\s/.test(id));
const offsets = fc.integer({ min: -240, max: 240 });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("interop with the standardwebhooks package", () => {
  it("verifies what standardwebhooks signs, and rejects it once the body changes", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, ids, offsets, payloads, async (secret, id, offset, payload) => {
        const timestamp = nowSeconds() + offset;
        const signature = new Webhook(secret).sign(id, new Date(timestamp * 1000), payload);
        const headers = {
          "webhook-id": id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signature,
        };
        await verifyWebhook(payload, headers, secret);
        await verifyWebhook(new TextEncoder().encode(payload), headers, secret);
        const error = await verifyWebhook(`${payload} `, headers, secret).catch((e) => e);
        expect(error).toBeInstanceOf(WebhookVerificationError);
        expect(error.reason).toBe("bad_signature");
      }),
      { numRuns: 200 },
    );
  });

  it("signs what standardwebhooks verifies, and it rejects a tampered copy", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, ids, offsets, payloads, async (secret, id, offset, payload) => {
        const headers = await signWebhook(payload, secret, {
          id,
          timestamp: nowSeconds() + offset,
        });
        const theirs = new Webhook(secret);
        expect(() => theirs.verify(payload, headers, { jsonParse: false })).not.toThrow();
        expect(() => theirs.verify(`${payload}x`, headers, { jsonParse: false })).toThrow(
          TheirError,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("agrees on a signature list where only one entry matches", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, secrets, payloads, async (right, wrong, payload) => {
        fc.pre(
          Buffer.from(right.replace("whsec_", ""), "base64").toString("hex") !==
            Buffer.from(wrong.replace("whsec_", ""), "base64").toString("hex"),
        );
        const timestamp = nowSeconds();
        const headers = await signWebhook(payload, [wrong, right], { id: "wh_1", timestamp });
        expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
        expect(() =>
          new Webhook(right).verify(payload, headers, { jsonParse: false }),
        ).not.toThrow();
        await verifyWebhook(payload, headers, right);
        const mine = new Webhook(right).sign("wh_1", new Date(timestamp * 1000), payload);
        const other = new Webhook(wrong).sign("wh_1", new Date(timestamp * 1000), payload);
        await verifyWebhook(
          payload,
          { ...headers, "webhook-signature": `${other} ${mine}` },
          right,
        );
      }),
      { numRuns: 100 },
    );
  });
});
