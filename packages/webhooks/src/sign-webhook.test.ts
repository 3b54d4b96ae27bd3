import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

const key = "sign-test-key-abcdef";
const secret = `whsec_${Buffer.from(key).toString("base64")}`;
const mac = (content: string | Buffer, k = key) =>
  createHmac("sha256", k).update(content).digest("base64");

describe("signWebhook", () => {
  it("returns the three headers, the signature an HMAC-SHA256 of id.timestamp.body", async () => {
    const headers = await signWebhook("{}", secret, { id: "wh_1", timestamp: 1_700_000_000 });
    expect(headers).toEqual({
      "webhook-id": "wh_1",
      "webhook-timestamp": "1700000000",
      "webhook-signature": `v1,${mac("wh_1.1700000000.{}")}`,
    });
  });

  it("signs bytes as bytes", async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0x41]);
    const headers = await signWebhook(bytes.buffer, secret, { id: "wh_b", timestamp: 5 });
    expect(headers["webhook-signature"]).toBe(
      `v1,${mac(Buffer.concat([Buffer.from("wh_b.5."), bytes]))}`,
    );
  });

  it("defaults to a fresh wh_ id and the current time, in seconds", async () => {
    const before = Math.floor(Date.now() / 1000);
    const first = await signWebhook("{}", secret);
    const second = await signWebhook("{}", secret);
    expect(first["webhook-id"]).toMatch(/^wh_[0-9a-f]{32}$/);
    expect(second["webhook-id"]).not.toBe(first["webhook-id"]);
    const timestamp = Number(first["webhook-timestamp"]);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it("takes a Date for the timestamp", async () => {
    const headers = await signWebhook("{}", secret, { timestamp: new Date(1_700_000_000_999) });
    expect(headers["webhook-timestamp"]).toBe("1700000000");
  });

  it("signs once per secret when given several", async () => {
    const other = Buffer.from("other-key").toString("base64");
    const headers = await signWebhook("{}", [secret, other], { id: "wh_2", timestamp: 1 });
    expect(headers["webhook-signature"]).toBe(
      `v1,${mac("wh_2.1.{}")} v1,${mac("wh_2.1.{}", "other-key")}`,
    );
  });

  it("refuses a malformed secret without quoting it, and bad ids and timestamps", async () => {
    const error = await signWebhook("{}", "whsec_%%hidden%%").catch((e) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error.reason).toBe("bad_secret_format");
    expect(String(error)).not.toContain("hidden");
    await expect(signWebhook("{}", secret, { id: "" })).rejects.toThrow(TypeError);
    await expect(signWebhook("{}", secret, { id: "a b" })).rejects.toThrow(/without spaces/);
    await expect(signWebhook("{}", secret, { timestamp: 1.5 })).rejects.toThrow(/whole seconds/);
    await expect(signWebhook("{}", secret, { timestamp: -1 })).rejects.toThrow(TypeError);
  });
});
