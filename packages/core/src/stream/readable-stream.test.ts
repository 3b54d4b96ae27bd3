import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { APIConnectionError } from "../errors/openai-error.js";
import { fromReadableStream } from "./from-readable-stream.js";
import { requestStream } from "./request-stream.js";
import type { StreamControl } from "./types.js";

interface Ev {
  type: string;
  n?: number;
  text?: string;
}

let upstream: FaultServer;
let client: Client;
let route: Server;
let routeURL: string;
let control: StreamControl<Ev>;
const spec = { method: "POST", path: "/responses", body: { stream: true } } as const;
const frame = (payload: unknown): string => `data: ${JSON.stringify(payload)}\n\n`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A route handler as an app writes one: `new Response(stream.toReadableStream())`, whose body
 * node:http then writes out as it is read.
 */
const startRoute = async (): Promise<void> => {
  route = createServer(async (_req, res) => {
    const response = new Response(requestStream<Ev>(client, spec, {}, control).toReadableStream(), {
      headers: { "content-type": "text/event-stream" },
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body!.getReader();
    res.on("close", () => void reader.cancel().catch(() => undefined));
    try {
      for (let step = await reader.read(); !step.done; step = await reader.read()) {
        res.write(step.value);
      }
      res.end();
    } catch {
      // What a framework does when the body errors: the client sees a cut connection.
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => route.listen(0, "127.0.0.1", resolve));
  routeURL = `http://127.0.0.1:${(route.address() as AddressInfo).port}/`;
};

beforeEach(async () => {
  upstream = await startFaultServer();
  client = createClient({
    apiKey: "sk-test",
    baseURL: upstream.url,
    maxRetries: 0,
    logLevel: "off",
  });
  control = {};
  await startRoute();
});
afterEach(async () => {
  route.closeAllConnections();
  await new Promise((resolve) => route.close(resolve));
  await upstream.close();
});

/** What a browser does: fetch the route and read its body back as events. */
const readRoute = async (readControl: StreamControl<Ev> = control) => {
  const res = await fetch(routeURL);
  const out: Ev[] = [];
  try {
    for await (const event of fromReadableStream<Ev>(res.body!, {}, readControl)) out.push(event);
  } catch (error) {
    return { out, error };
  }
  return { out, error: undefined };
};

describe("toReadableStream and fromReadableStream through a real HTTP response", () => {
  it("hands the browser the same events, in order", async () => {
    const events = [
      { type: "a", n: 1 },
      { type: "b.c", text: "line\nbreak ü" },
      { type: "a", n: 3 },
    ];
    upstream.enqueue({ type: "sse", chunks: events.map(frame) });
    const { out, error } = await readRoute();
    expect(error).toBeUndefined();
    expect(out).toEqual(events);
  });

  it("forwards `[DONE]`, so a reader that needs it sees a complete stream", async () => {
    control = { final: "[DONE]" };
    upstream.enqueue({ type: "sse", chunks: [frame({ type: "a" }), "data: [DONE]\n\n"] });
    const { out, error } = await readRoute();
    expect(error).toBeUndefined();
    expect(out).toEqual([{ type: "a" }]);
  });

  it("turns an API error into one the browser throws again, code and message kept", async () => {
    upstream.enqueue({
      type: "sse",
      chunks: [
        frame({ type: "a" }),
        frame({ type: "error", code: "server_error", message: "The model crashed.", param: null }),
      ],
    });
    const { out, error } = await readRoute();
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ code: "server_error" });
    expect((error as Error).message).toContain("The model crashed.");
  });

  it("makes a lost upstream connection a lost connection in the browser too", async () => {
    control = { final: (event) => event.type === "done" };
    upstream.enqueue({ type: "sse", chunks: [frame({ type: "a" })], end: "reset" });
    const { out, error } = await readRoute();
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionError);
  });
});

describe("the upstream connection behind a byte stream", () => {
  /** An upstream that writes one event and holds on; `closed()` waits until it sees a close. */
  const holdOpen = () => {
    let closed = false;
    upstream.enqueue({
      type: "custom",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(frame({ type: "first" }));
        res.on("close", () => {
          closed = true;
        });
      },
    });
    return async (settle?: () => void) => {
      for (let i = 0; i < 200 && !closed; i++) {
        settle?.();
        await sleep(10);
      }
      return closed;
    };
  };

  it("closes when the byte stream is cancelled", async () => {
    const closed = holdOpen();
    const reader = requestStream<Ev>(client, spec).toReadableStream().getReader();
    await reader.read();
    await reader.cancel();
    expect(await closed()).toBe(true);
  });

  it("closes when the byte stream is dropped unread", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const closed = holdOpen();
    await (async () => {
      const reader = requestStream<Ev>(client, spec).toReadableStream().getReader();
      await reader.read();
      reader.releaseLock();
    })();
    expect(await closed(gc)).toBe(true);
  });
});
