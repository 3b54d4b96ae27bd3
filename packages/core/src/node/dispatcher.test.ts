import { Agent, getGlobalDispatcher, setGlobalDispatcher } from "undici";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import { APIConnectionError } from "../errors/openai-error.js";
import { request } from "../transport/request.js";
import { createNodeDispatcher, nodeFetchOptions } from "./dispatcher.js";

// Node's fetch stops waiting for headers after 300 s. To test that fast, the global dispatcher is
// swapped for one with the same limit scaled down to 300 ms, and the server answers after 4 s
// (undici checks its timeouts on a coarse clock, so a 300 ms limit fires within about 1 s when
// idle and later on a loaded machine: 1.5 s was too close).
let server: FaultServer;
const previous = getGlobalDispatcher();
const spec = { method: "GET", path: "/slow" } as const;
const base = () => ({ apiKey: "sk", baseURL: server.url, maxRetries: 0, logLevel: "off" }) as const;

beforeEach(async () => {
  setGlobalDispatcher(new Agent({ headersTimeout: 300 }));
  server = await startFaultServer({
    fallback: { type: "respond", delayMs: 4000, body: { ok: true } },
  });
});
afterEach(async () => {
  setGlobalDispatcher(previous);
  await server.close();
});

test("with the default dispatcher, headers later than its headersTimeout fail the call", async () => {
  const error: any = await request(createClient(base()), spec).catch((e: any) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error.message).toMatch(/Headers Timeout/i);
});

test("nodeFetchOptions() lifts the headers timeout: the same slow response succeeds", async () => {
  const client = createClient({ ...base(), fetchOptions: nodeFetchOptions() });
  await expect(request(client, spec)).resolves.toEqual({ ok: true });
});

test("createNodeDispatcher options are applied: a 300 ms headersTimeout fails again", async () => {
  const dispatcher = createNodeDispatcher({ headersTimeout: 300 });
  const error: any = await request(
    createClient({ ...base(), fetchOptions: { dispatcher } }),
    spec,
  ).catch((e: any) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  await dispatcher.close();
});
