import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { OpenAIError, ValidationError } from "../errors/openai-error.js";
import type { Logger } from "../log/types.js";
import { requestStream } from "../stream/request-stream.js";
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
    { headers: { "x-api-key": key, cookie: "c=1", "x-gateway": `Key ${key}` } },
  );
  const log = lines.join("\n");
  expect(log).toContain(`POST ${server.url}/v1/responses attempt 1`);
  expect(log).toContain(`POST ${server.url}/v1/responses -> 500`);
  expect(log).toContain("attempt 2");
  expect(log).toContain("-> 200");
  expect(log).toMatch(/retry 1\/2 of POST .* in \d+ ms: 500/);
  expect(log).toContain("authorization: '***'");
  expect(log).toContain("cookie: '***'");
  expect(log).toContain("'x-gateway': 'Key ***'");
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

describe("a key carried in the URL", () => {
  // Where a proxy or gateway wants the key: a path segment, a default query or a per-call query.
  const places = {
    "the baseURL path": () => ({ baseURL: `${server.url}/${key}/v1` }),
    defaultQuery: () => ({ defaultQuery: { "api-key": key } }),
    "a per-call query": () => ({}),
  } as const;
  const faults = {
    "a connection reset": { type: "reset" },
    "a stall past the timeout": { type: "stall" },
    "a 200 that is not JSON": { type: "malformed-json" },
    "a 500 retried, then a 400": {
      type: "respond",
      status: 500,
      headers: { "retry-after-ms": "1" },
    },
  } as const;

  test.each(
    Object.keys(places).flatMap((place) => Object.keys(faults).map((fault) => [place, fault])),
  )("in %s never shows in the error or the logs after %s", async (place, fault) => {
    const f = faults[fault as keyof typeof faults];
    server.enqueue(f, { type: "respond", status: 400, body: { error: { message: "no" } } });
    const c = client.with(places[place as keyof typeof places]());
    const error: any = await request(
      c,
      { method: "GET", path: "/models", query: { limit: 2 } },
      {
        query: place === "a per-call query" ? { key } : undefined,
        timeout: f.type === "stall" ? 1_000 : 30_000,
        maxRetries: f.type === "respond" ? 1 : 0,
      },
    ).catch((e: any) => e);
    expect(error).toBeInstanceOf(OpenAIError);
    const text = renderings(error);
    expect(text).not.toContain("SECRET");
    expect(lines.join("\n")).not.toContain("SECRET");
    // Still sent, and still shown, just without the secret parts.
    expect(`${server.requests[0]!.url}`).toContain("SECRET");
    if (f.type !== "respond") expect(error.message).toContain("/models");
  });

  test("query values are masked where a URL is shown, keys are kept", async () => {
    server.enqueue({ type: "reset" });
    const error: any = await request(
      client,
      { method: "GET", path: "/files", query: { purpose: "batch" } },
      { maxRetries: 0, query: { after: "file_1" } },
    ).catch((e: any) => e);
    expect(error.message).toContain(`GET ${server.url}/v1/files?purpose=***&after=***`);
  });

  test("user info in baseURL is refused by createClient without quoting it", () => {
    for (const baseURL of [
      `http://user:${key}@127.0.0.1:1/v1`,
      `http://${key}@127.0.0.1:1/v1`,
      `http://${key}:@127.0.0.1:1/v1`,
    ]) {
      let error: any;
      try {
        createClient({ apiKey: key, baseURL });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.path).toBe("baseURL");
      expect(error.message).toMatch(/user name or password/);
      expect(renderings(error)).not.toContain("SECRET");
    }
  });
});

describe("secrets in bodies the client quotes", () => {
  test.each([
    ["the API key", key],
    ["the admin key", adminKey],
  ])("%s in a 200 body that is not JSON is masked in err.body", async (_, secret) => {
    server.enqueue({
      type: "respond",
      headers: { "content-type": "application/json" },
      body: `{"echo": "${secret}"`,
    });
    const error: any = await request(client, { method: "GET", path: "/models" }).catch(
      (e: any) => e,
    );
    expect(error).toBeInstanceOf(APIError);
    expect(error.body).toContain("***");
    expect(renderings(error)).not.toContain("SECRET");
    expect(inspect(error.body)).not.toContain("SECRET");
  });

  test.each([
    [
      "an event: error frame in JSON",
      `event: error\ndata: {"error":{"message":"bad key ${key}"}}\n\n`,
    ],
    ["an event: error frame in text", `event: error\ndata: bad key ${adminKey}\n\n`],
    ["a type: error event", `data: {"type":"error","message":"bad key ${key}"}\n\n`],
    ["an event that is not JSON", `data: {"echo":"${key}"\n\n`],
  ])("%s quoting a key is masked in the stream's error", async (_, chunk) => {
    server.enqueue({ type: "sse", chunks: [chunk] });
    const error: any = await (async () => {
      for await (const _ of requestStream(client, {
        method: "POST",
        path: "/responses",
        body: {},
      }));
    })().catch((e: any) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(renderings(error)).not.toContain("SECRET");
    expect(inspect(error.body, { depth: 10 })).not.toContain("SECRET");
    expect(`${error.message} ${inspect(error.body, { depth: 10 })}`).toContain("***");
  });

  test("a JSON answer to a stream request quoting a key is masked", async () => {
    server.enqueue({ type: "respond", body: { echo: key } });
    const error: any = await (async () => {
      for await (const _ of requestStream(client, {
        method: "POST",
        path: "/responses",
        body: {},
      }));
    })().catch((e: any) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(renderings(error)).not.toContain("SECRET");
    expect(inspect(error.body, { depth: 10 })).not.toContain("SECRET");
  });
});
