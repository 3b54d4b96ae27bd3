import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";
import { getMeta } from "../meta/registry.js";
import { pathParam } from "./path-param.js";
import { request, requestBinary } from "./request.js";

let server: FaultServer;
let client: Client;

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({ apiKey: "sk-test", baseURL: `${server.url}/v1`, logLevel: "off" });
});
afterEach(() => server.close());

test("a JSON result is registered with its meta: request id, processing time, rate limits", async () => {
  server.enqueue({
    type: "respond",
    headers: {
      "x-request-id": "req_42",
      "openai-processing-ms": "321",
      "x-ratelimit-limit-requests": "500",
      "x-ratelimit-remaining-requests": "499",
      "x-ratelimit-reset-requests": "120ms",
      "x-ratelimit-limit-tokens": "30000",
      "x-ratelimit-remaining-tokens": "29000",
      "x-ratelimit-reset-tokens": "6m0s",
    },
    body: { id: "resp_1" },
  });
  const result = await request<{ id: string }>(client, {
    method: "GET",
    path: "/responses/resp_1",
  });
  expect(result).toEqual({ id: "resp_1" });
  expect(getMeta(result)).toMatchObject({
    status: 200,
    requestId: "req_42",
    processingMs: 321,
    attempts: 1,
    url: `${server.url}/v1/responses/resp_1`,
    rateLimit: {
      requests: { limit: 500, remaining: 499, resetMs: 120 },
      tokens: { limit: 30000, remaining: 29000, resetMs: 360_000 },
    },
  });
  expect(getMeta(result)?.headers.get("x-request-id")).toBe("req_42");
});

test("an empty 204 resolves to undefined", async () => {
  server.enqueue({ type: "respond", status: 204 });
  await expect(request(client, { method: "DELETE", path: "/files/f" })).resolves.toBeUndefined();
});

test("a text/plain body resolves to the text", async () => {
  server.enqueue({ type: "respond", body: "hello transcript" });
  await expect(request(client, { method: "POST", path: "/audio/transcriptions" })).resolves.toBe(
    "hello transcript",
  );
});

test("requestBinary resolves to the unread Response, registered with its meta", async () => {
  server.enqueue({
    type: "custom",
    handle: (_req, res) =>
      res.writeHead(200, { "x-request-id": "req_bin" }).end(Buffer.from([1, 2, 3])),
  });
  const response = await requestBinary(client, { method: "GET", path: "/files/f/content" });
  expect(response.bodyUsed).toBe(false);
  expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  expect(getMeta(response)?.requestId).toBe("req_bin");
});

test("pathParam escapes the value", () => {
  expect(pathParam("file_id", "a/b c")).toBe("a%2Fb%20c");
  expect(pathParam("page", 2)).toBe("2");
});

test.each([undefined, null, "", "  ", {}])(
  "pathParam rejects %o with a ValidationError naming the field",
  (value) => {
    expect(() => pathParam("response_id", value)).toThrow(ValidationError);
    expect(() => pathParam("response_id", value)).toThrow(/response_id is required/);
  },
);
