import { inspect } from "node:util";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import type { Logger } from "../log/types.js";
import { request } from "./request.js";
import { send } from "./send.js";

const key = "sk-proj-SECRET0123456789abcdef";
const adminKey = "sk-admin-SECRET9876543210";
let server: FaultServer;
let client: Client;
let lines: string[];

const logger: Logger = {
  error: (...args) => lines.push(inspect(args, { depth: 10 })),
  warn: (...args) => lines.push(inspect(args, { depth: 10 })),
  info: (...args) => lines.push(inspect(args, { depth: 10 })),
  debug: (...args) => lines.push(inspect(args, { depth: 10 })),
};

// Every way an error can be rendered: message, stack, toString, JSON, util.inspect with causes.
const renderings = (error: unknown) => {
  const e = error as Error;
  return [e.message, e.stack, String(e), JSON.stringify(e), inspect(e, { depth: 10 })].join("\n");
};

beforeEach(async () => {
  lines = [];
  server = await startFaultServer();
  client = createClient({
    apiKey: key,
    adminApiKey: adminKey,
    baseURL: `${server.url}/v1`,
    logger,
    logLevel: "debug",
  });
});
afterEach(() => server.close());

test.each([
  [
    "a 401 whose body quotes the key",
    {
      type: "respond",
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${key}.` } },
    },
  ],
  [
    "a 401 whose body quotes the admin key",
    { type: "respond", status: 401, body: `bad key ${adminKey}` },
  ],
  ["a connection reset", { type: "reset" }],
  ["a stall past the timeout", { type: "stall" }],
] as const)("the API key never appears in the error or debug logs after %s", async (_, fault) => {
  server.enqueue(fault);
  const error: any = await request(
    client,
    { method: "GET", path: "/models" },
    // Short only where the fault is a stall; a loaded machine must not turn the others into timeouts.
    { timeout: fault.type === "stall" ? 1_000 : 30_000, maxRetries: 0 },
  ).catch((e: any) => e);
  const text = renderings(error);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toContain("SECRET");
  expect(lines.join("\n")).not.toContain("SECRET");
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
});

test("an API key with a newline is rejected without quoting it", async () => {
  const bad = client.with({ apiKey: `${key}\nX` });
  const error: any = await request(bad, { method: "GET", path: "/models" }).catch((e: any) => e);
  expect(error).toMatchObject({ name: "ValidationError", path: "apiKey" });
  expect(renderings(error)).not.toContain("SECRET");
  expect(server.requests).toHaveLength(0);
});

test("debug logs show method, url, attempt and status with the authorization header masked", async () => {
  server.enqueue(
    { type: "respond", status: 500, headers: { "retry-after-ms": "1" } },
    { type: "respond", body: {} },
  );
  await send(
    client,
    { method: "POST", path: "/responses", body: {} },
    { headers: { "x-api-key": key, cookie: "c=1" } },
  );
  const log = lines.join("\n");
  expect(log).toContain(`POST ${server.url}/v1/responses attempt 1`);
  expect(log).toContain(`POST ${server.url}/v1/responses -> 500`);
  expect(log).toContain("attempt 2");
  expect(log).toContain("-> 200");
  expect(log).toMatch(/retry 1\/2 of POST .* in \d+ ms: 500/);
  expect(log).toContain("authorization: '***'");
  expect(log).toContain("cookie: '***'");
  expect(log).not.toContain("SECRET");
});

test("logLevel warn writes neither debug nor retry lines", async () => {
  server.enqueue(
    { type: "respond", status: 500, headers: { "retry-after-ms": "1" } },
    { type: "respond", body: {} },
  );
  await request(client.with({ logLevel: "warn" }), { method: "GET", path: "/models" });
  expect(lines).toEqual([]);
});

test("logLevel info writes the retry line but no debug lines", async () => {
  server.enqueue(
    { type: "respond", status: 500, headers: { "retry-after-ms": "1" } },
    { type: "respond", body: {} },
  );
  await request(client.with({ logLevel: "info" }), { method: "GET", path: "/models" });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("retry 1/2");
});
