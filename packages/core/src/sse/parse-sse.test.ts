import { describe, expect, it } from "vitest";
import { parseSSE } from "./parse-sse.js";

const encoder = new TextEncoder();

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
};

describe("parseSSE", () => {
  it("parses a web ReadableStream body, including a last event without a blank line", async () => {
    const body = new Response("data: 1\n\nevent: x\ndata: 2").body!;
    const events = await collect(parseSSE(body));
    expect(events.map((e) => [e.event, e.data])).toEqual([
      ["message", "1"],
      ["x", "2"],
    ]);
  });

  it("parses an async iterable of chunks", async () => {
    async function* chunks() {
      yield encoder.encode("data: a\r");
      yield encoder.encode("\n\r\ndata: b\n\n");
    }
    expect((await collect(parseSSE(chunks()))).map((e) => e.data)).toEqual(["a", "b"]);
  });

  it("cancels the ReadableStream when the loop breaks early", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode("data: 1\n\ndata: 2\n\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of parseSSE(body)) {
      expect(event.data).toBe("1");
      break;
    }
    expect(cancelled).toBe(true);
  });
});
