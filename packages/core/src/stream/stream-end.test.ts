import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { APIConnectionError } from "../errors/openai-error.js";
import { requestStream } from "./request-stream.js";
import type { StreamControl } from "./types.js";

interface Ev {
  type: string;
  n?: number;
}

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: { stream: true } } as const;
const frame = (payload: unknown): string => `data: ${JSON.stringify(payload)}\n\n`;
const lastIsDone: StreamControl<Ev> = { final: (event) => event.type === "done" };

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 2, logLevel: "off" });
});
afterEach(() => server.close());

const run = async (stream: AsyncIterable<Ev>) => {
  const out: Ev[] = [];
  try {
    for await (const event of stream) out.push(event);
  } catch (error) {
    return { out, error };
  }
  return { out, error: undefined };
};

describe("a stream that stops before its final event", () => {
  it("fails with APIConnectionError when the body ends at an event boundary", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), frame({ type: "b" })] });
    const { out, error } = await run(requestStream<Ev>(client, spec, {}, lastIsDone));
    expect(out.map((e) => e.type)).toEqual(["a", "b"]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/the stream ended before its final event/);
  });

  it("ends quietly once the final event went by", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), frame({ type: "done" })] });
    const { out, error } = await run(requestStream<Ev>(client, spec, {}, lastIsDone));
    expect(error).toBeUndefined();
    expect(out.map((e) => e.type)).toEqual(["a", "done"]);
  });

  it("fails with APIConnectionError when `[DONE]` is expected and never comes", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })] });
    const { out, error } = await run(requestStream<Ev>(client, spec, {}, { final: "[DONE]" }));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/ended before its final event.*\[DONE\]/);
  });

  it("fails the same way through forEach", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })] });
    const seen: string[] = [];
    const call = requestStream<Ev>(client, spec, {}, { final: "[DONE]" }).forEach((event) => {
      seen.push(event.type);
    });
    await expect(call).rejects.toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual(["a"]);
  });

  it("reports a body cut in the middle of an event as a lost connection, not a JSON error", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" }), 'data: {"type":"ha'] });
    const { out, error } = await run(requestStream<Ev>(client, spec));
    expect(out).toEqual([{ type: "a" }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/middle of an event/);
  });
});

describe("StreamControl.resume", () => {
  const resumeFrom = (last: () => number): StreamControl<Ev> => ({
    ...lastIsDone,
    resume: () => ({ method: "GET", path: "/again", query: { after: last() } }),
  });

  it("continues from the request resume gives, leaving out what `each` refuses", async () => {
    let last = -1;
    server.enqueue(
      {
        type: "sse",
        chunks: [frame({ type: "a", n: 0 }), frame({ type: "b", n: 1 })],
        end: "reset",
      },
      // The server repeats an event the client already has.
      { type: "sse", chunks: [frame({ type: "b", n: 1 }), frame({ type: "done", n: 2 })] },
    );
    const control: StreamControl<Ev> = {
      ...resumeFrom(() => last),
      each: (event) => {
        if (event.n! <= last) return false;
        last = event.n!;
      },
    };
    const { out, error } = await run(requestStream<Ev>(client, spec, {}, control));
    expect(error).toBeUndefined();
    expect(out.map((e) => e.n)).toEqual([0, 1, 2]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /responses",
      "GET /again?after=1",
    ]);
  });

  it("gives up after maxRetries resumes in a row that bring no new event", async () => {
    server.enqueue(
      { type: "sse", chunks: [frame({ type: "a", n: 0 })] },
      { type: "sse", chunks: [] },
      { type: "sse", chunks: [] },
      { type: "sse", chunks: [frame({ type: "done", n: 1 })] },
    );
    const { out, error } = await run(
      requestStream<Ev>(
        client,
        spec,
        {},
        resumeFrom(() => 0),
      ),
    );
    expect(out.map((e) => e.n)).toEqual([0]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(3);
  });

  it("fails with the error resume throws", async () => {
    server.enqueue({ type: "sse", chunks: [frame({ type: "a" })] });
    const refusal = new APIConnectionError("this stream cannot be resumed");
    const control: StreamControl<Ev> = {
      ...lastIsDone,
      resume: () => {
        throw refusal;
      },
    };
    const { error } = await run(requestStream<Ev>(client, spec, {}, control));
    expect(error).toBe(refusal);
    expect(server.requests).toHaveLength(1);
  });
});
