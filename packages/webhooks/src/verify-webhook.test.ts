import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook.js";
import { verifyWebhook } from "./verify-webhook.js";
import { WebhookVerificationError } from "./webhook-verification-error.js";

const key = "a-distinctive-signing-key-0123";
const secret = `whsec_${Buffer.from(key).toString("base64")}`;
const otherSecret = `whsec_${Buffer.from("another-signing-key-456789").toString("base64")}`;
const now = new Date("2026-12-01T12:00:00Z");
const seconds = Math.floor(now.getTime() / 1000);
const body = JSON.stringify({
  id: "evt_1",
  object: "event",
  created_at: seconds,
  type: "response.completed",
  data: { id: "resp_1" },
});

/** An independent signer (node:crypto), so a shared bug in ours cannot make both sides agree. */
const nodeSignature = (id: string, timestamp: string | number, payload: string, k = key) =>
  `v1,${createHmac("sha256", k).update(`${id}.${timestamp}.${payload}`).digest("base64")}`;

const headersFor = (id = "wh_1", timestamp: string | number = seconds, payload = body) => ({
  "webhook-id": id,
  "webhook-timestamp": String(timestamp),
  "webhook-signature": nodeSignature(id, timestamp, payload),
});

const rejection = async (promise: Promise<unknown>): Promise<WebhookVerificationError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
};

/** Every way an error reaches a log; none may hold the secret in any encoding. */
const expectNoSecret = (error: unknown) => {
  const outputs = [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? "",
    JSON.stringify(error),
    inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
  ];
  for (const output of outputs) {
    for (const form of [secret, secret.slice(6), key, otherSecret.slice(6)]) {
      expect(output).not.toContain(form);
    }
  }
};

describe("verifyWebhook accepts", () => {
  it("a body signed as the Standard Webhooks scheme says, as a string, bytes or an ArrayBuffer", async () => {
    const headers = headersFor();
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(body, headers, secret, { now })).resolves.toBeUndefined();
    await expect(verifyWebhook(bytes, headers, secret, { now })).resolves.toBeUndefined();
    await expect(verifyWebhook(bytes.buffer, headers, secret, { now })).resolves.toBeUndefined();
    await expect(
      verifyWebhook(Buffer.from(body), headers, secret, { now }),
    ).resolves.toBeUndefined();
  });

  it("a view into a larger buffer, using only the viewed bytes", async () => {
    const framed = new TextEncoder().encode(`xxx${body}yyy`);
    const view = framed.subarray(3, framed.length - 3);
    await expect(verifyWebhook(view, headersFor(), secret, { now })).resolves.toBeUndefined();
  });

  it("bytes that are not UTF-8, signed as bytes", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0x7b]);
    const mac = createHmac("sha256", key)
      .update(Buffer.concat([Buffer.from("wh_b.1."), bytes]))
      .digest("base64");
    const headers = {
      "webhook-id": "wh_b",
      "webhook-timestamp": "1",
      "webhook-signature": `v1,${mac}`,
    };
    await expect(
      verifyWebhook(bytes, headers, secret, { now: new Date(1_000) }),
    ).resolves.toBeUndefined();
  });

  it("headers as a Headers object, a record in any letter case, or repeated values", async () => {
    const { "webhook-signature": signature, ...rest } = headersFor();
    await expect(
      verifyWebhook(body, new Headers(headersFor()), secret, { now }),
    ).resolves.toBeUndefined();
    const shouting = {
      "Webhook-Id": rest["webhook-id"],
      "WEBHOOK-TIMESTAMP": rest["webhook-timestamp"],
      "webhook-Signature": signature,
    };
    await expect(verifyWebhook(body, shouting, secret, { now })).resolves.toBeUndefined();
    // Node gives a repeated header as an array; each may carry part of the signature list.
    const repeated = { ...rest, "webhook-signature": ["v1,AAAA", signature] };
    await expect(verifyWebhook(body, repeated, secret, { now })).resolves.toBeUndefined();
  });

  it("a secret without the whsec_ prefix (plain base64)", async () => {
    const plain = Buffer.from(key).toString("base64");
    await expect(verifyWebhook(body, headersFor(), plain, { now })).resolves.toBeUndefined();
  });

  it("several signatures of which only one is valid, in any position, with other versions", async () => {
    const { "webhook-signature": valid, ...rest } = headersFor();
    const wrong = nodeSignature("wh_1", seconds, body, "some-other-key");
    for (const signature of [
      `${wrong} ${valid}`,
      `${valid} ${wrong}`,
      `v1a,c29tZQ== ${wrong}  ${valid} v2,abc`,
    ]) {
      await expect(
        verifyWebhook(body, { ...rest, "webhook-signature": signature }, secret, { now }),
      ).resolves.toBeUndefined();
    }
  });

  it("a rotated secret list, when any one of them signed", async () => {
    const headers = headersFor();
    await expect(
      verifyWebhook(body, headers, [otherSecret, secret], { now }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhook(body, headers, [secret, otherSecret], { now }),
    ).resolves.toBeUndefined();
    const error = await rejection(verifyWebhook(body, headers, [otherSecret], { now }));
    expect(error.reason).toBe("bad_signature");
  });

  it("a timestamp up to toleranceSeconds away either way, and now as a Date, ms or seconds", async () => {
    await expect(
      verifyWebhook(body, headersFor("wh_1", seconds - 300), secret, { now }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhook(body, headersFor("wh_1", seconds + 300), secret, { now }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhook(body, headersFor("wh_1", seconds - 3600), secret, {
        now,
        toleranceSeconds: 3600,
      }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhook(body, headersFor(), secret, { now: now.getTime() }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhook(body, headersFor(), secret, { now: seconds }),
    ).resolves.toBeUndefined();
  });

  it("the current time by default", async () => {
    const headers = headersFor("wh_1", Math.floor(Date.now() / 1000));
    await expect(verifyWebhook(body, headers, secret)).resolves.toBeUndefined();
  });
});

describe("verifyWebhook rejects, naming the reason", () => {
  const cases: [string, () => Promise<unknown>, string, string?][] = [
    [
      "a tampered body",
      () => verifyWebhook(body.replace("resp_1", "resp_2"), headersFor(), secret, { now }),
      "bad_signature",
    ],
    [
      "a parsed and re-serialized body",
      () => verifyWebhook(JSON.stringify(JSON.parse(body), null, 1), headersFor(), secret, { now }),
      "bad_signature",
    ],
    [
      "a tampered id",
      () => verifyWebhook(body, { ...headersFor(), "webhook-id": "wh_2" }, secret, { now }),
      "bad_signature",
    ],
    [
      "a tampered timestamp",
      () =>
        verifyWebhook(body, { ...headersFor(), "webhook-timestamp": String(seconds + 1) }, secret, {
          now,
        }),
      "bad_signature",
    ],
    [
      "a wrong secret",
      () => verifyWebhook(body, headersFor(), otherSecret, { now }),
      "bad_signature",
    ],
    ["an empty body", () => verifyWebhook("", headersFor(), secret, { now }), "bad_signature"],
    [
      "an empty byte body",
      () => verifyWebhook(new Uint8Array(), headersFor(), secret, { now }),
      "bad_signature",
    ],
    [
      "a signature of the wrong length",
      () =>
        verifyWebhook(body, { ...headersFor(), "webhook-signature": "v1,c2hvcnQ=" }, secret, {
          now,
        }),
      "bad_signature",
    ],
    [
      "an expired timestamp",
      () => verifyWebhook(body, headersFor("wh_1", seconds - 301), secret, { now }),
      "expired",
    ],
    [
      "a future timestamp",
      () => verifyWebhook(body, headersFor("wh_1", seconds + 301), secret, { now }),
      "future_timestamp",
    ],
    [
      "a timestamp outside a tolerance of 0",
      () =>
        verifyWebhook(body, headersFor("wh_1", seconds - 1), secret, { now, toleranceSeconds: 0 }),
      "expired",
    ],
    [
      "a missing webhook-id",
      () => verifyWebhook(body, { ...headersFor(), "webhook-id": undefined }, secret, { now }),
      "missing_header",
      "webhook-id",
    ],
    [
      "an empty webhook-timestamp",
      () => verifyWebhook(body, { ...headersFor(), "webhook-timestamp": "" }, secret, { now }),
      "missing_header",
      "webhook-timestamp",
    ],
    [
      "no headers at all",
      () => verifyWebhook(body, new Headers(), secret, { now }),
      "missing_header",
      "webhook-id",
    ],
    [
      "a missing webhook-signature",
      () =>
        verifyWebhook(
          body,
          { "webhook-id": "wh_1", "webhook-timestamp": String(seconds) },
          secret,
          { now },
        ),
      "missing_header",
      "webhook-signature",
    ],
    [
      "a timestamp in ms",
      () => verifyWebhook(body, headersFor("wh_1", now.getTime()), secret, { now }),
      "malformed_header",
      "webhook-timestamp",
    ],
    [
      "a timestamp that is not a number",
      () => verifyWebhook(body, headersFor("wh_1", "soon"), secret, { now }),
      "malformed_header",
      "webhook-timestamp",
    ],
    [
      "a fractional timestamp",
      () => verifyWebhook(body, headersFor("wh_1", `${seconds}.5`), secret, { now }),
      "malformed_header",
      "webhook-timestamp",
    ],
    [
      "a signature without a version",
      () =>
        verifyWebhook(body, { ...headersFor(), "webhook-signature": "c2lnbmF0dXJl" }, secret, {
          now,
        }),
      "malformed_header",
      "webhook-signature",
    ],
    [
      "a signature header of spaces",
      () => verifyWebhook(body, { ...headersFor(), "webhook-signature": "   " }, secret, { now }),
      "malformed_header",
      "webhook-signature",
    ],
    [
      "a version without a signature",
      () => verifyWebhook(body, { ...headersFor(), "webhook-signature": "v1," }, secret, { now }),
      "malformed_header",
      "webhook-signature",
    ],
    [
      "only an unknown signature version",
      () =>
        verifyWebhook(
          body,
          {
            ...headersFor(),
            "webhook-signature": headersFor()["webhook-signature"].replace("v1,", "v2,"),
          },
          secret,
          { now },
        ),
      "unsupported_version",
      "webhook-signature",
    ],
    [
      "only asymmetric (v1a) signatures",
      () =>
        verifyWebhook(body, { ...headersFor(), "webhook-signature": "v1a,c2lnbmF0dXJl" }, secret, {
          now,
        }),
      "unsupported_version",
      "webhook-signature",
    ],
    [
      "a secret that is not base64",
      () => verifyWebhook(body, headersFor(), "whsec_not*base64!", { now }),
      "bad_secret_format",
    ],
    [
      "an empty secret",
      () => verifyWebhook(body, headersFor(), "whsec_", { now }),
      "bad_secret_format",
    ],
    [
      "an empty secret list",
      () => verifyWebhook(body, headersFor(), [], { now }),
      "bad_secret_format",
    ],
    [
      "a bad secret in a list",
      () => verifyWebhook(body, headersFor(), [secret, "%%%"], { now }),
      "bad_secret_format",
    ],
  ];

  for (const [what, run, reason, header] of cases) {
    it(`${what}: ${reason}`, async () => {
      const error = await rejection(run());
      expect(error.reason).toBe(reason);
      expect(error.name).toBe("WebhookVerificationError");
      if (header) expect(error.header).toBe(header);
      expect(error.message.length).toBeGreaterThan(20);
      expectNoSecret(error);
    });
  }

  it("the secret's format before anything about the request", async () => {
    const error = await rejection(verifyWebhook(body, {}, "%%%", { now }));
    expect(error.reason).toBe("bad_secret_format");
    expect(error.message).toContain("whsec_");
  });

  it("says which secret of a list is malformed, without quoting it", async () => {
    const error = await rejection(
      verifyWebhook(body, headersFor(), [secret, "whsec_%%secret%%"], { now }),
    );
    expect(error.message).toMatch(/^secret\[1\] /);
    expect(error.message).not.toContain("%%secret%%");
  });

  it("an empty body with a hint that it was read already", async () => {
    const error = await rejection(verifyWebhook("", headersFor(), secret, { now }));
    expect(error.message).toContain("empty body");
  });
});

describe("verifyWebhook refuses misuse with a TypeError", () => {
  it("a parsed body in place of the raw one", async () => {
    const error = await verifyWebhook(JSON.parse(body), headersFor(), secret, { now }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/raw body/);
  });

  it("a negative tolerance", async () => {
    const error = await verifyWebhook(body, headersFor(), secret, {
      now,
      toleranceSeconds: -1,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
  });
});

describe("signWebhook and verifyWebhook", () => {
  it("agree with each other and with node:crypto", async () => {
    const headers = await signWebhook(body, secret, { id: "wh_x", timestamp: seconds });
    expect(headers).toEqual(headersFor("wh_x"));
    await expect(verifyWebhook(body, headers, secret, { now })).resolves.toBeUndefined();
  });
});
