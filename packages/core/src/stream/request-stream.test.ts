import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError, RateLimitError } from "../errors/api-error.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  OpenAIError,
} from "../errors/openai-error.js";
import { getMeta } from "../meta/registry.js";
import { requestStream } from "./request-stream.js";

interface Delta {
  type: string;
  n?: number;
}

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: { stream: true } } as const;
// The idle timeout of the timeout tests, and of each attempt's wait for headers: long enough
// that a loaded machine answers within it (150 ms once saw 260 ms pass).
const idle = 1000;

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0, logLevel: "off" });
});
afterEach(() => server.close());

const frame = (payload: unknown, event?: string): string =>
  `${event ? `event: ${event}\n` : ""}data: ${JSON.stringify(payload)}\n\n`;

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

/** Collects until the stream fails; returns what arrived and the error. */
const collectUntilError = async <T>(source: AsyncIterable<T>) => {
  const out: T[] = [];
  try {
    for await (const item of source) out.push(item);
  } catch (error) {
    return { out, error };
  }
  return { out, error: undefined };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("requestStream", () => {
  it("yields each event's parsed data and ends at [DONE]", async () => {
    server.enqueue({
      type: "sse",
      chunks: [
        frame({ type: "a", n: 1 }, "a"),
        frame({ type: "b", n: 2 }),
        "data: [DONE]\n\n",
        frame({ type: "late" }),
      ],
    });
    const events = await collect(requestStream<Delta>(client, spec));
    expect(events).toEqual([
      { type: "a", n: 1 },
      { type: "b", n: 2 },
    ]);
    expect(server.requests[0]!.headers.accept).toBe("text/event-stream");
  });

  it("keeps the last event when the body ends without a blank line", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), 'data: {"type":"last"}'] });
    expect(await collect(requestStream<Delta>(client, spec))).toEqual([
      { type: "a" },
      { type: "last" },
    ]);
  });

  it("reassembles events whose bytes arrive in separate writes, split inside a character", async () => {
    const bytes = Buffer.from(`data: {"type":"ü"}\r\n\r\n`);
    const at = bytes.indexOf(0xc3) + 1;
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(bytes.subarray(0, at));
        setTimeout(() => res.end(bytes.subarray(at)), 20);
      },
    });
    expect(await collect(requestStream<Delta>(client, spec))).toEqual([{ type: "ü" }]);
  });

  it("throws an APIError for an `event: error` frame, after the events before it", async () => {
    server.enqueue({
      type: "sse",
      chunks: [
        frame({ type: "a" }),
        frame(
          { error: { message: "overloaded", type: "server_error", code: "busy", param: "model" } },
          "error",
        ),
        frame({ type: "never" }),
      ],
    });
    const { out, error } = await collectUntilError(requestStream<Delta>(client, spec));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({
      status: 200,
      code: "busy",
      type: "server_error",
      param: "model",
    });
    expect((error as Error).message).toContain("overloaded");
  });

  it("throws an APIError for an in-band error object without a type", async () => {
    server.enqueue({
      type: "sse",
      chunks: [frame({ error: { message: "bad tokens", code: "invalid" } })],
    });
    const { error } = await collectUntilError(requestStream<Delta>(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, code: "invalid", message: "200 bad tokens" });
  });

  it('throws an APIError for a `type: "error"` event', async () => {
    server.enqueue({
      type: "sse",
      chunks: [
        frame({ type: "error", code: "rate_limit_exceeded", message: "slow down", param: null }),
      ],
    });
    const { error } = await collectUntilError(requestStream<Delta>(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ code: "rate_limit_exceeded", message: "200 slow down" });
  });

  it("yields typed events that merely carry an `error` field", async () => {
    const failed = { type: "response.failed", response: { error: { message: "x" } }, error: null };
    server.enqueue({ type: "sse", chunks: [frame(failed)] });
    expect(await collect(requestStream(client, spec))).toEqual([failed]);
  });

  it("throws an APIError for data that is not JSON", async () => {
    server.enqueue({ type: "sse", chunks: ["data: {oops\n\n"] });
    const { error } = await collectUntilError(requestStream(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it("throws APIConnectionError when the connection dies mid-event, not a short success", async () => {
    server.enqueue({
      type: "sse",
      chunks: [frame({ type: "a" }), 'data: {"type":"hal'],
      intervalMs: 20,
      end: "reset",
    });
    const { out, error } = await collectUntilError(requestStream<Delta>(client, spec));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("passes an HTTP error status through as its APIError subclass", async () => {
    server.enqueue({ type: "respond", status: 429, body: { error: { message: "too many" } } });
    const { error } = await collectUntilError(requestStream(client, spec));
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it("throws an APIError when the server answers with JSON instead of a stream", async () => {
    server.enqueue({ type: "respond", body: { id: "resp_1" } });
    const { error } = await collectUntilError(requestStream(client, spec));
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/instead of an event stream/);
  });

  it("fails with APIUserAbortError when the caller's signal aborts during a read", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "hang" });
    const controller = new AbortController();
    const stream = requestStream<Delta>(client, spec, { signal: controller.signal });
    const { out, error } = await collectUntilError({
      async *[Symbol.asyncIterator]() {
        for await (const event of stream) {
          yield event;
          setTimeout(() => controller.abort(new Error("enough")), 20);
        }
      },
    });
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toEqual(new Error("enough"));
  });

  it("fails with APIUserAbortError after stream.abort()", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "hang" });
    const stream = requestStream<Delta>(client, spec);
    const { error } = await collectUntilError({
      async *[Symbol.asyncIterator]() {
        for await (const event of stream) {
          yield event;
          setTimeout(() => stream.abort(), 20);
        }
      },
    });
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it("fails with APIUserAbortError and sends nothing when aborted before the first read", async () => {
    const stream = requestStream(client, spec, { signal: AbortSignal.abort() });
    const { error } = await collectUntilError(stream);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("closes the connection when the loop breaks, so the server sees 'close'", async () => {
    let closed = false;
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const tick = setInterval(() => res.write(frame({ type: "tick" })), 10);
        res.on("close", () => {
          clearInterval(tick);
          closed = true;
        });
      },
    });
    for await (const event of requestStream<Delta>(client, spec)) {
      expect(event.type).toBe("tick");
      break;
    }
    for (let i = 0; i < 100 && !closed; i++) await sleep(10);
    expect(closed).toBe(true);
  });

  it("times out with APIConnectionTimeoutError when no byte arrives for `timeout` ms", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "hang" });
    const { out, error } = await collectUntilError(
      requestStream<Delta>(client, spec, { timeout: idle }),
    );
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain(`no bytes for ${idle} ms`);
  });

  it("uses the client's timeout as the idle limit when the call sets none", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "hang" });
    const quick = client.with({ timeout: idle });
    const { error } = await collectUntilError(requestStream<Delta>(quick, spec));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("does not time out a stream that keeps sending for longer than `timeout` in total", async () => {
    // Gaps a quarter of the timeout, so a loaded machine stretching them still stays under it.
    const chunks = Array.from({ length: 6 }, (_, n) => frame({ type: "t", n }));
    server.enqueue({ type: "sse", chunks, intervalMs: idle / 4 });
    const started = performance.now();
    const events = await collect(requestStream<Delta>(client, spec, { timeout: idle }));
    expect(events).toHaveLength(6);
    // Guards the premise: the whole stream outlasted the timeout.
    expect(performance.now() - started).toBeGreaterThan(idle);
  });

  it("does not count time the consumer spends on an event as server silence", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), frame({ type: "b" })] });
    const seen: string[] = [];
    for await (const event of requestStream<Delta>(client, spec, { timeout: idle })) {
      seen.push(event.type);
      await sleep(idle * 1.5);
    }
    expect(seen).toEqual(["a", "b"]);
  });

  it("sends nothing until iterated, and an unused stream never rejects", async () => {
    const dead = createClient({ apiKey: "sk-test", baseURL: "http://127.0.0.1:1", maxRetries: 0 });
    requestStream(dead, spec);
    requestStream(client, spec);
    await sleep(50);
    expect(server.requests).toHaveLength(0);
  });

  it("exposes the response metadata through getMeta once the headers arrived", async () => {
    server.enqueue({
      type: "sse",
      chunks: [frame({ type: "a" })],
      headers: { "x-request-id": "req_stream" },
    });
    const stream = requestStream<Delta>(client, spec);
    expect(getMeta(stream)).toBeUndefined();
    for await (const _ of stream) expect(getMeta(stream)?.requestId).toBe("req_stream");
    expect(getMeta(stream)?.status).toBe(200);
  });

  it("hands out events in order to next() calls that overlap", async () => {
    server.enqueue({
      type: "sse",
      chunks: [frame({ type: "a" }), frame({ type: "b" }), frame({ type: "c" })],
      intervalMs: 10,
    });
    const iterator = requestStream<Delta>(client, spec)[Symbol.asyncIterator]();
    const steps = await Promise.all([
      iterator.next(),
      iterator.next(),
      iterator.next(),
      iterator.next(),
    ]);
    expect(steps).toEqual([
      { done: false, value: { type: "a" } },
      { done: false, value: { type: "b" } },
      { done: false, value: { type: "c" } },
      { done: true, value: undefined },
    ]);
  });

  it("refuses a second iteration", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })] });
    const stream = requestStream<Delta>(client, spec);
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(OpenAIError);
  });

  it("offers the events as SSE bytes in a ReadableStream that starts on the first read", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), frame({ n: 2 })] });
    const readable = requestStream<Delta>(client, spec).toReadableStream();
    await sleep(30);
    expect(server.requests).toHaveLength(0);
    expect(await new Response(readable).text()).toBe(
      'event: a\ndata: {"type":"a"}\n\ndata: {"n":2}\n\n',
    );
  });

  it("closes the connection when the ReadableStream is cancelled", async () => {
    let closed = false;
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(frame({ type: "first" }));
        res.on("close", () => {
          closed = true;
        });
      },
    });
    const reader = requestStream<Delta>(client, spec).toReadableStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"first"');
    await reader.cancel();
    for (let i = 0; i < 100 && !closed; i++) await sleep(10);
    expect(closed).toBe(true);
  });
});

describe("Stream.forEach", () => {
  /** Runs forEach to its end; returns what arrived and how it ended. */
  const each = async <T>(stream: { forEach(fn: (event: T) => unknown): Promise<void> }) => {
    const out: T[] = [];
    try {
      await stream.forEach((event) => {
        out.push(event);
      });
    } catch (error) {
      return { out, error };
    }
    return { out, error: undefined };
  };

  /** A server that writes `first`, then holds the connection open; `closed()` says if it closed. */
  const holdOpen = (first: string) => {
    let closed = false;
    server.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(first);
        res.on("close", () => {
          closed = true;
        });
      },
    });
    return async () => {
      for (let i = 0; i < 100 && !closed; i++) await sleep(10);
      return closed;
    };
  };

  it("hands over every event in order, across chunks, and resolves at [DONE]", async () => {
    const many = Array.from({ length: 250 }, (_, n) => frame({ type: "d", n })).join("");
    server.enqueue({
      type: "sse",
      // A chunk of many events, one event cut in two, then [DONE] and an event after it.
      chunks: [many, 'data: {"type":"spl', 'it"}\n\n', "data: [DONE]\n\n", frame({ type: "late" })],
      intervalMs: 5,
    });
    const { out, error } = await each(requestStream<Delta>(client, spec));
    expect(error).toBeUndefined();
    expect(out).toHaveLength(251);
    expect(out.slice(0, 250).map((e) => e.n)).toEqual(Array.from({ length: 250 }, (_, n) => n));
    expect(out[250]).toEqual({ type: "split" });
  });

  it("waits for a promise the callback returns before handing over the next event", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }) + frame({ type: "b" })] });
    const log: string[] = [];
    await requestStream<Delta>(client, spec).forEach(async (event) => {
      log.push(`start ${event.type}`);
      await sleep(20);
      log.push(`end ${event.type}`);
    });
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("rejects with what the callback threw and closes the connection", async () => {
    const closed = holdOpen(frame({ type: "a" }));
    const boom = new Error("consumer failed");
    const call = requestStream<Delta>(client, spec).forEach(() => {
      throw boom;
    });
    await expect(call).rejects.toBe(boom);
    expect(await closed()).toBe(true);
  });

  it("rejects with an APIError at an error event, after the events before it", async () => {
    server.enqueue({
      type: "sse",
      chunks: [frame({ type: "a" }), frame({ error: { message: "overloaded" } }, "error")],
    });
    const { out, error } = await each(requestStream<Delta>(client, spec));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).message).toContain("overloaded");
  });

  it("rejects with APIConnectionError when the connection dies mid-event", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), 'data: {"type":'], end: "reset" });
    const { out, error } = await each(requestStream<Delta>(client, spec));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("rejects with APIUserAbortError when stream.abort() is called from the callback", async () => {
    const closed = holdOpen(frame({ type: "a" }));
    const stream = requestStream<Delta>(client, spec);
    const { out, error } = await each({
      forEach: (fn: (event: Delta) => unknown) =>
        stream.forEach((event) => {
          fn(event);
          stream.abort();
        }),
    });
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(await closed()).toBe(true);
  });

  it("rejects with APIConnectionTimeoutError when no byte arrives for `timeout` ms", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "hang" });
    const { out, error } = await each(requestStream<Delta>(client, spec, { timeout: idle }));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("consumes the stream: a second forEach or an iteration after it is refused", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })] });
    const stream = requestStream<Delta>(client, spec);
    await stream.forEach(() => {});
    await expect(stream.forEach(() => {})).rejects.toBeInstanceOf(OpenAIError);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(OpenAIError);
    const iterated = requestStream<Delta>(client, spec);
    iterated[Symbol.asyncIterator]();
    await expect(iterated.forEach(() => {})).rejects.toBeInstanceOf(OpenAIError);
    expect(server.requests).toHaveLength(1);
  });
});
