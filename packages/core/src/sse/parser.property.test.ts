import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSSEParser } from "./parser.js";
import type { SSEEvent } from "./types.js";

interface GeneratedEvent {
  type: string | undefined;
  id: string | undefined;
  retry: number | undefined;
  lines: string[];
  comment: string | undefined;
}

// Values may hold any code point (multi-byte UTF-8 included) except line ends.
const value = fc.string({ unit: "binary", maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, "_"));
const lineEnd = fc.constantFrom("\n", "\r", "\r\n");

const event: fc.Arbitrary<GeneratedEvent> = fc.record({
  type: fc.option(
    value.filter((s) => s !== ""),
    { nil: undefined },
  ),
  id: fc.option(
    value.map((s) => s.replace(/\0/g, "_")),
    { nil: undefined },
  ),
  retry: fc.option(fc.nat(100_000), { nil: undefined }),
  lines: fc.array(value, { minLength: 1, maxLength: 3 }),
  comment: fc.option(value, { nil: undefined }),
});

const stream = fc.record({
  events: fc.array(event, { maxLength: 8 }),
  ends: fc.infiniteStream(lineEnd),
  bom: fc.boolean(),
  trailingBlankLine: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 12 }),
});

/** Writes the events as an event stream, one random line end per line. */
const serialize = (
  events: GeneratedEvent[],
  ends: Iterator<string>,
  bom: boolean,
  trailingBlankLine: boolean,
): Uint8Array => {
  let previous = "";
  const end = (): string => {
    previous = ends.next().value as string;
    return previous;
  };
  // A blank line after a CR-terminated line must not start with LF: CR LF is a single line end.
  const blank = (): string => {
    const wasCR = previous === "\r";
    const next = end();
    return wasCR && next === "\n" ? "\r\n" : next;
  };
  let text = bom ? "\uFEFF" : "";
  events.forEach((e, index) => {
    if (e.comment !== undefined) text += `:${e.comment}${end()}`;
    if (e.type !== undefined) text += `event: ${e.type}${end()}`;
    if (e.id !== undefined) text += `id: ${e.id}${end()}`;
    if (e.retry !== undefined) text += `retry: ${e.retry}${end()}`;
    for (const line of e.lines) text += `data: ${line}${end()}`;
    if (trailingBlankLine || index < events.length - 1) text += blank();
  });
  return new TextEncoder().encode(text);
};

/** What the standard says those events must parse to. */
const expected = (events: GeneratedEvent[]): SSEEvent[] => {
  let id: string | undefined;
  let retry: number | undefined;
  return events.map((e) => {
    if (e.id !== undefined) id = e.id === "" ? undefined : e.id;
    if (e.retry !== undefined) retry = e.retry;
    return { event: e.type ?? "message", data: e.lines.join("\n"), id, retry };
  });
};

const feedAll = (chunks: Uint8Array[]): SSEEvent[] => {
  const parser = createSSEParser();
  const events = chunks.flatMap((chunk) => parser.feed(chunk));
  return events.concat(parser.end());
};

const split = (all: Uint8Array, cuts: number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(all.subarray(from, point));
    from = point;
  }
  chunks.push(all.subarray(from));
  return chunks;
};

describe("createSSEParser properties", () => {
  it("parses any split of a valid stream into exactly the events that were written", () => {
    fc.assert(
      fc.property(stream, ({ events, ends, bom, trailingBlankLine, cuts }) => {
        const all = serialize(events, ends[Symbol.iterator](), bom, trailingBlankLine);
        const whole = feedAll([all]);
        expect(whole).toEqual(expected(events));
        expect(feedAll(split(all, cuts))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it("parses a stream fed one byte at a time like the whole stream", () => {
    fc.assert(
      fc.property(stream, ({ events, ends, bom, trailingBlankLine }) => {
        const all = serialize(events, ends[Symbol.iterator](), bom, trailingBlankLine);
        const bytes = Array.from(all, (b) => Uint8Array.of(b));
        expect(feedAll(bytes)).toEqual(feedAll([all]));
      }),
      { numRuns: 100 },
    );
  });
});
