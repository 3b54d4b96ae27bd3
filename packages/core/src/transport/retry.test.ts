import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { APIConnectionError, APIConnectionTimeoutError } from "../errors/openai-error.js";
import { getMeta } from "../meta/registry.js";
import { request } from "./request.js";

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: { model: "m" } } as const;
const ok = { type: "respond", body: { id: "resp_1" } } as const;
// A busy machine stretches every wait, so measured gaps give only lower bounds (which prove a
// wait happened); how long the client meant to wait is read from its info log line instead.
let lines: string[] = [];
const planned = (): number[] => lines.map((line) => Number(/ in (\d+) ms:/.exec(line)?.[1]));

const failure = (call: Promise<unknown>) =>
  call.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e,
  );

beforeEach(async () => {
  server = await startFaultServer();
  lines = [];
  const info = (line: string) => void lines.push(line);
  const quiet = () => {};
  client = createClient({
    apiKey: "sk-test",
    baseURL: `${server.url}/v1`,
    logLevel: "info",
    logger: { error: quiet, warn: quiet, info, debug: quiet },
  });
});
afterEach(() => server.close());

describe("connection faults", () => {
  test("connection reset before headers is retried twice then fails with APIConnectionError", async () => {
    server.enqueue({ type: "reset" }, { type: "reset" }, { type: "reset" });
    const error = await failure(request(client, spec));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(3);
    const [first, second] = server.gaps();
    expect(first).toBeGreaterThanOrEqual(370);
    expect(second).toBeGreaterThanOrEqual(745);
    const [firstWait, secondWait] = planned();
    expect(firstWait).toBeGreaterThanOrEqual(375);
    expect(firstWait).toBeLessThanOrEqual(500);
    expect(secondWait).toBeGreaterThanOrEqual(750);
    expect(secondWait).toBeLessThanOrEqual(1000);
  });

  test("connection reset before headers then success resolves with attempts = 2", async () => {
    server.enqueue({ type: "reset" }, ok);
    const result = await request<object>(client, spec);
    expect(result).toEqual({ id: "resp_1" });
    expect(getMeta(result)?.attempts).toBe(2);
  });

  test("connection reset mid-body of a 200 is retried and the next full body is returned", async () => {
    server.enqueue(
      {
        type: "reset-mid-body",
        headers: { "content-type": "application/json" },
        body: '{"id":"par',
      },
      ok,
    );
    const result = await request<object>(client, spec);
    expect(result).toEqual({ id: "resp_1" });
    expect(server.requests).toHaveLength(2);
  });

  test("connection reset mid-body on every attempt fails with APIConnectionError after 2 retries", async () => {
    const cut = { type: "reset-mid-body", body: '{"id":' } as const;
    server.enqueue(cut, cut, cut);
    const error = await failure(request(client, spec, { maxRetries: 2 }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(3);
  });

  test("stall past the timeout fails with APIConnectionTimeoutError after 2 retries", async () => {
    server.enqueue({ type: "stall" }, { type: "stall" }, { type: "stall" });
    const c = client.with({ timeout: 100 });
    const error = await failure(request(c, spec));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain("timed out after 100 ms");
    expect(server.requests).toHaveLength(3);
  });

  test("headers delayed past the timeout on one attempt, then on time, succeeds", async () => {
    server.enqueue({ ...ok, delayMs: 400 }, ok);
    const result = await request<object>(client, spec, { timeout: 150 });
    expect(getMeta(result)?.attempts).toBe(2);
  });

  test("per-call timeout overrides the client's and stops a stalled call without retries", async () => {
    server.enqueue({ type: "stall" }, { type: "stall" });
    // Attempts are counted where they leave the client: on a busy machine the 80 ms may pass
    // before the request reaches the server. The client's own timeout (10 minutes) would
    // outlast the test, so the call ending at all, with 80 ms in its message, is the override.
    let attempts = 0;
    const counting = client.with({
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const error = await failure(request(counting, spec, { timeout: 80, maxRetries: 0 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain("timed out after 80 ms");
    expect(attempts).toBe(1);
    expect(server.requests.length).toBeLessThanOrEqual(1);
    expect(lines).toEqual([]);
  });

  test("a timeout also covers reading a stalled 200 body", async () => {
    server.enqueue({ type: "custom", handle: (_req, res) => res.writeHead(200).write('{"a":') });
    const error = await failure(request(client, spec, { timeout: 100, maxRetries: 0 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe.each([408, 409, 429, 500, 503])("status %i", (status) => {
  const fail = (headers: Record<string, string> = {}) =>
    ({ type: "respond", status, headers, body: { error: { message: "busy" } } }) as const;

  test(`${status} without retry headers is retried after a 0.5 s jittered backoff`, async () => {
    server.enqueue(fail(), ok);
    const result = await request<object>(client, spec);
    expect(getMeta(result)?.attempts).toBe(2);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(370);
    expect(planned()[0]).toBeGreaterThanOrEqual(375);
    expect(planned()[0]).toBeLessThanOrEqual(500);
  });

  test(`${status} with retry-after-ms: 50 waits 50 ms`, async () => {
    server.enqueue(fail({ "retry-after-ms": "50" }), ok);
    await request(client, spec);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(48);
    expect(planned()).toEqual([50]);
  });

  test(`${status} with retry-after: 1 waits one second`, async () => {
    server.enqueue(fail({ "retry-after": "1" }), ok);
    await request(client, spec);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(995);
    expect(planned()).toEqual([1000]);
  });

  test(`${status} with x-should-retry: false is not retried`, async () => {
    server.enqueue(fail({ "x-should-retry": "false" }), ok);
    const error = await failure(request(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  test(`${status} on every attempt fails after exactly 3 attempts`, async () => {
    const f = fail({ "retry-after-ms": "1" });
    server.enqueue(f, f, f, ok);
    const error = await failure(request(client, spec));
    expect((error as APIError).status).toBe(status);
    expect(server.requests).toHaveLength(3);
  });
});

describe("retry headers", () => {
  test("retry-after as an HTTP date is honoured", async () => {
    // HTTP dates have whole seconds: the next whole second at least 2 s ahead, so the wait is
    // over a second even if the client reads the header a second late.
    const target = Math.ceil((Date.now() + 2000) / 1000) * 1000;
    const date = new Date(target).toUTCString();
    server.enqueue({ type: "respond", status: 429, headers: { "retry-after": date } }, ok);
    await request(client, spec);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(1000);
    expect(planned()[0]).toBeGreaterThan(1000);
    expect(planned()[0]).toBeLessThanOrEqual(3000);
  });

  test("retry-after over 60 s is ignored in favour of backoff", async () => {
    server.enqueue({ type: "respond", status: 429, headers: { "retry-after": "61" } }, ok);
    await request(client, spec);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(370);
    expect(planned()[0]).toBeGreaterThanOrEqual(375);
    expect(planned()[0]).toBeLessThanOrEqual(500);
  });

  test("retry-after-ms wins over retry-after", async () => {
    server.enqueue(
      { type: "respond", status: 503, headers: { "retry-after-ms": "30", "retry-after": "5" } },
      ok,
    );
    await request(client, spec);
    expect(planned()).toEqual([30]);
  });

  test.each(["0x10", "1e1", "-5", "5ms"])(
    "retry-after-ms: %s is not a decimal number of ms, so backoff applies",
    async (value) => {
      server.enqueue({ type: "respond", status: 429, headers: { "retry-after-ms": value } }, ok);
      await request(client, spec);
      expect(server.gaps()[0]).toBeGreaterThanOrEqual(370);
    },
  );

  test("x-should-retry: true makes a 400 retried", async () => {
    server.enqueue(
      {
        type: "respond",
        status: 400,
        headers: { "x-should-retry": "true", "retry-after-ms": "10" },
      },
      ok,
    );
    const result = await request<object>(client, spec);
    expect(getMeta(result)?.attempts).toBe(2);
  });

  test("a 400 without x-should-retry is not retried", async () => {
    server.enqueue({ type: "respond", status: 400 }, ok);
    await failure(request(client, spec));
    expect(server.requests).toHaveLength(1);
  });
});

describe("maxRetries", () => {
  test("maxRetries: 0 on the client makes a 500 fail on the first attempt", async () => {
    server.enqueue({ type: "respond", status: 500 }, ok);
    await failure(request(client.with({ maxRetries: 0 }), spec));
    expect(server.requests).toHaveLength(1);
  });

  test("per-call maxRetries overrides the client's", async () => {
    const f = { type: "respond", status: 500, headers: { "retry-after-ms": "1" } } as const;
    server.enqueue(f, f, f, f, ok);
    const c = client.with({ maxRetries: 0 });
    const result = await request<object>(c, spec, { maxRetries: 4 });
    expect(getMeta(result)?.attempts).toBe(5);
  });

  test("the second retry waits about 1 s of backoff", async () => {
    server.enqueue({ type: "reset" }, { type: "reset" }, ok);
    await request(client, spec);
    expect(server.gaps()[1]).toBeGreaterThanOrEqual(745);
    expect(planned()[1]).toBeGreaterThanOrEqual(750);
    expect(planned()[1]).toBeLessThanOrEqual(1000);
  });

  test("a negative maxRetries is rejected before sending", async () => {
    await expect(request(client, spec, { maxRetries: -1 })).rejects.toThrow(/maxRetries/);
    expect(server.requests).toHaveLength(0);
  });
});
