import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError, InternalServerError } from "../errors/api-error.js";
import { ValidationError } from "../errors/openai-error.js";
import { requestStream } from "../stream/request-stream.js";
import { request } from "./request.js";

// Bodies past `maxResponseBytes` are refused with a typed error while they stream in, and an
// error message quotes only the start of a long body. Sizes are kept small by lowering the
// option: what is proven is the limit, not the machine's memory.

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: { model: "m" } } as const;
const limit = 64 * 1024;

const failure = (call: Promise<unknown>): Promise<any> =>
  call.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e,
  );

/** Writes `total` bytes of `fill` in 16 KB chunks, as a chunked body (no content-length). */
const writeChunked = (res: ServerResponse, head: string, total: number, tail = ""): void => {
  const chunk = "x".repeat(16 * 1024);
  res.write(head);
  let sent = head.length;
  const next = (): void => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", next);
    }
    res.end(tail);
  };
  next();
};

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({
    apiKey: "sk-test",
    baseURL: `${server.url}/v1`,
    logLevel: "off",
    maxRetries: 0,
    maxResponseBytes: limit,
  });
});
afterEach(() => server.close());

describe("maxResponseBytes", () => {
  test("a chunked 200 body past the limit is an APIError naming the option, not retried", async () => {
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        writeChunked(res, '{"text":"', limit * 4, '"}');
      },
    });
    const error = await failure(request(client.with({ maxRetries: 2 }), spec));
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(/maxResponseBytes/);
    expect(error.message).toContain(`${limit}`);
    expect(server.requests).toHaveLength(1);
  });

  test("a 200 announcing a content-length past the limit is refused before its body is read", async () => {
    server.enqueue({
      type: "respond",
      headers: { "content-type": "application/json" },
      body: { text: "x".repeat(limit) },
    });
    const error = await failure(request(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toMatch(/maxResponseBytes/);
  });

  test("a body at the limit is read whole", async () => {
    const text = "x".repeat(limit - 11);
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ text }));
      },
    });
    expect(Buffer.byteLength(JSON.stringify({ text }))).toBe(limit);
    await expect(request(client, spec)).resolves.toEqual({ text });
  });

  test("an error body past the limit keeps its status class, with no body", async () => {
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(500, { "content-type": "application/json" });
        writeChunked(res, '{"error":{"message":"', limit * 4, '"}}');
      },
    });
    const error = await failure(request(client, spec));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBeUndefined();
    expect(error.message).toMatch(/^500 .*maxResponseBytes/);
  });

  test("a stream event past the limit is an APIError naming the option", async () => {
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write('data: {"type":"a"}\n\n');
        writeChunked(res, 'data: {"type":"b","text":"', limit * 4, '"}\n\n');
      },
    });
    const seen: unknown[] = [];
    const error = await failure(
      (async () => {
        for await (const event of requestStream(client, { ...spec, body: { stream: true } }))
          seen.push(event);
      })(),
    );
    expect(seen).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toMatch(/maxResponseBytes/);
  });

  test("a stream of many events, together far past the limit, is read whole", async () => {
    const count = 200;
    const event = `data: ${JSON.stringify({ text: "y".repeat(1000) })}\n\n`;
    server.enqueue({ type: "sse", chunks: Array(count).fill(event) });
    let events = 0;
    for await (const _ of requestStream(client, { ...spec, body: { stream: true } })) events++;
    expect(count * event.length).toBeGreaterThan(limit);
    expect(events).toBe(count);
  });

  test.each([0, -1, 1.5, Number.NaN])("maxResponseBytes %s is a ValidationError", (value) => {
    expect(() => createClient({ maxResponseBytes: value })).toThrow(ValidationError);
  });
});

test("an error message quotes at most the start of a long body; the body stays whole", async () => {
  const long = "e".repeat(100_000);
  server.enqueue({ type: "respond", status: 500, body: { error: { message: long } } });
  const error = await failure(request(client.with({ maxResponseBytes: undefined }), spec));
  expect(error).toBeInstanceOf(InternalServerError);
  expect(error.message.length).toBeLessThan(1100);
  expect(error.message).toMatch(/^500 e+… \(see error\.body\)$/);
  expect(error.body.error.message).toBe(long);
});
