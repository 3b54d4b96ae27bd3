import { describe, expect, it } from "vitest";
import { createSSEParser } from "./parser.js";
import type { SSEEvent } from "./types.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Feeds each piece as its own chunk, then ends the stream. */
const parse = (...pieces: (string | Uint8Array)[]): SSEEvent[] => {
  const parser = createSSEParser();
  const events: SSEEvent[] = [];
  for (const piece of pieces) {
    events.push(...parser.feed(typeof piece === "string" ? bytes(piece) : piece));
  }
  events.push(...parser.end());
  return events;
};

const data = (events: SSEEvent[]): string[] => events.map((e) => e.data);

describe("createSSEParser", () => {
  it("dispatches an event on a blank line with the default type 'message'", () => {
    const parser = createSSEParser();
    expect(parser.feed(bytes("data: hello\n"))).toEqual([]);
    expect(parser.feed(bytes("\n"))).toEqual([
      { event: "message", data: "hello", id: undefined, retry: undefined },
    ]);
    expect(parser.end()).toEqual([]);
  });

  it("joins multi-line data with LF", () => {
    expect(data(parse("data: a\ndata: b\ndata:\ndata: c\n\n"))).toEqual(["a\nb\n\nc"]);
  });

  it("removes exactly one leading space from a value", () => {
    expect(data(parse("data:  two\n\ndata:none\n\n"))).toEqual([" two", "none"]);
  });

  it("ignores comment lines, including a stream of keep-alive comments", () => {
    expect(data(parse(": ping\n\n:\ndata: x\n: inside\n\n"))).toEqual(["x"]);
  });

  it("sets the event type from `event` and resets it after dispatch", () => {
    const events = parse("event: response.created\ndata: 1\n\ndata: 2\n\n");
    expect(events.map((e) => e.event)).toEqual(["response.created", "message"]);
  });

  it("does not dispatch an event without data, and drops its type", () => {
    const events = parse("event: lonely\n\ndata: next\n\n");
    expect(events).toEqual([{ event: "message", data: "next", id: undefined, retry: undefined }]);
  });

  it("dispatches an event whose only data line is empty", () => {
    expect(data(parse("data\n\ndata:\n\n"))).toEqual(["", ""]);
  });

  it("keeps the last event id across events and clears it with an empty id", () => {
    const events = parse("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
    expect(events.map((e) => e.id)).toEqual(["7", "7", undefined]);
  });

  it("ignores an id containing NUL", () => {
    const events = parse("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n");
    expect(events.map((e) => e.id)).toEqual(["1", "1"]);
  });

  it("accepts retry only when it is all ASCII digits", () => {
    const events = parse(
      "retry: 3000\ndata: a\n\nretry: 12x\ndata: b\n\nretry: -5\ndata: c\n\nretry:\ndata: d\n\nretry: 10\ndata: e\n\n",
    );
    expect(events.map((e) => e.retry)).toEqual([3000, 3000, 3000, 3000, 10]);
  });

  it("ignores unknown fields and treats a line without a colon as a field with an empty value", () => {
    const events = parse("foo: bar\nevent\ndata: x\n\n");
    expect(events).toEqual([{ event: "message", data: "x", id: undefined, retry: undefined }]);
  });

  it("splits only on the first colon", () => {
    expect(data(parse('data: {"a":"b:c"}\n\n'))).toEqual(['{"a":"b:c"}']);
  });

  it("accepts CRLF, CR and LF line endings, mixed in one stream", () => {
    expect(data(parse("data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: d\r\n\n"))).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("counts a CR ending one chunk and an LF starting the next as one line end", () => {
    expect(data(parse("data: a\r", "\ndata: b\r", "\n\r", "\n"))).toEqual(["a\nb"]);
  });

  it("treats a CR at the end of a chunk followed by a non-LF as a line end", () => {
    expect(data(parse("data: a\r", "\r", "data: b\n\n"))).toEqual(["a", "b"]);
  });

  it("strips one leading BOM and keeps a second one as part of the field name", () => {
    expect(data(parse("\uFEFFdata: a\n\n"))).toEqual(["a"]);
    expect(data(parse("\uFEFF\uFEFFdata: a\n\n"))).toEqual([]);
  });

  it("strips a BOM split across chunks", () => {
    const bom = bytes("\uFEFF");
    expect(data(parse(bom.subarray(0, 1), bom.subarray(1), "data: a\n\n"))).toEqual(["a"]);
  });

  it("does not strip a BOM that is not at the start of the stream", () => {
    expect(data(parse("data: a\n\n", "data: \uFEFFb\n\n"))).toEqual(["a", "\uFEFFb"]);
  });

  it("decodes a UTF-8 character split across chunks", () => {
    const all = bytes("data: héllo 🙂\n\n");
    const at = all.indexOf(0xf0) + 2;
    expect(data(parse(all.subarray(0, at), all.subarray(at)))).toEqual(["héllo 🙂"]);
  });

  it("dispatches a pending event when the body ends without a blank line", () => {
    expect(data(parse("data: a\n\ndata: last\n"))).toEqual(["a", "last"]);
    expect(data(parse("data: a\n\ndata: last"))).toEqual(["a", "last"]);
    expect(data(parse("data: last\r"))).toEqual(["last"]);
  });

  it("produces nothing for an empty body or a body of comments", () => {
    expect(parse()).toEqual([]);
    expect(parse(": only a comment")).toEqual([]);
  });

  it("reassembles a line fed one byte at a time", () => {
    const all = bytes('event: e\r\ndata: {"x":"ü"}\r\n\r\n');
    const pieces = Array.from(all, (b) => Uint8Array.of(b));
    expect(parse(...pieces)).toEqual([
      { event: "e", data: '{"x":"ü"}', id: undefined, retry: undefined },
    ]);
  });
});
