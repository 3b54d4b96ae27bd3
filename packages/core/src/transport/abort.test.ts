import { getEventListeners } from "node:events";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIUserAbortError } from "../errors/openai-error.js";
import { request } from "./request.js";
import { send } from "./send.js";

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: {} } as const;

beforeEach(async () => {
  server = await startFaultServer({ fallback: { type: "respond", body: { ok: true } } });
  client = createClient({ apiKey: "sk-test", baseURL: `${server.url}/v1`, logLevel: "off" });
});
afterEach(() => server.close());

const arrival = async (count: number) => {
  while (server.requests.length < count) await new Promise((r) => setTimeout(r, 5));
};

test("an already aborted signal fails with APIUserAbortError and sends nothing", async () => {
  const call = request(client, spec, { signal: AbortSignal.abort() });
  await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  expect(server.requests).toHaveLength(0);
});

test("aborting while the server stalls fails with APIUserAbortError, no retry", async () => {
  server.enqueue({ type: "stall" });
  const controller = new AbortController();
  const call = request(client, spec, { signal: controller.signal });
  await arrival(1);
  controller.abort();
  await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  await new Promise((r) => setTimeout(r, 100));
  expect(server.requests).toHaveLength(1);
});

test("aborting during a backoff wait fails at once with APIUserAbortError, no further attempt", async () => {
  server.enqueue({ type: "respond", status: 503, headers: { "retry-after-ms": "5000" } });
  const controller = new AbortController();
  const started = performance.now();
  const call = request(client, spec, { signal: controller.signal });
  await arrival(1);
  setTimeout(() => controller.abort(new Error("user gave up")), 50);
  const error: any = await call.catch((e: any) => e);
  expect(error).toBeInstanceOf(APIUserAbortError);
  expect(error.cause).toEqual(new Error("user gave up"));
  expect(performance.now() - started).toBeLessThan(1000);
  await new Promise((r) => setTimeout(r, 100));
  expect(server.requests).toHaveLength(1);
});

test("aborting while a sent response body streams cancels the read", async () => {
  server.enqueue({ type: "sse", chunks: ["data: 1\n\n"], end: "hang" });
  const controller = new AbortController();
  const { response } = await send(client, spec, { signal: controller.signal });
  const reader = response.body!.getReader();
  await reader.read();
  controller.abort();
  await expect(reader.read()).rejects.toThrow();
});

// A listener left per call would show after a few calls: 1,000 keep the test quick when loaded.
test("1,000 calls sharing one AbortSignal leave its abort listener count flat", {
  timeout: 120_000,
}, async () => {
  const controller = new AbortController();
  const { signal } = controller;
  const before = getEventListeners(signal, "abort").length;
  // One retried call first, so the backoff wait's listener is exercised too.
  server.enqueue({ type: "respond", status: 503, headers: { "retry-after-ms": "1" } });
  for (let i = 0; i < 1_000; i++)
    await request(client, { method: "GET", path: "/models" }, { signal });
  expect(server.requests).toHaveLength(1_001);
  expect(getEventListeners(signal, "abort").length).toBe(before);
});
