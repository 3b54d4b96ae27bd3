import { performance } from "node:perf_hooks";
import { sseBody } from "../server/fixtures.js";
import { addSample, mediansOf, type SampleSet } from "../stats/sample-set.js";
import type { ParserUnderTest } from "./parsers.js";

export interface ParserBenchResult {
  chunking: string;
  /** Median events/s per parser. */
  medians: Record<string, number>;
}

const fixedChunks = (bytes: Uint8Array, size: number): Uint8Array[] => {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
};

// Live API streams flush every event on its own, so most reads carry exactly one event.
const perEventChunks = (bytes: Uint8Array): Uint8Array[] => {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (let i = 1; i < bytes.byteLength; i++) {
    if (bytes[i] === 10 && bytes[i - 1] === 10) {
      chunks.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.byteLength) chunks.push(bytes.subarray(start));
  return chunks;
};

/** Same bytes, same chunks, interleaved rounds; throws if a parser miscounts. */
export const benchParsers = (
  parsers: ParserUnderTest[],
  events: number,
  rounds: number,
  repeats: number,
): ParserBenchResult[] => {
  const bytes = sseBody(events);
  const layouts: [string, Uint8Array[]][] = [
    ["16 KiB chunks", fixedChunks(bytes, 16 * 1024)],
    ["one event per chunk", perEventChunks(bytes)],
  ];
  return layouts.map(([chunking, chunks]) => {
    for (const parser of parsers) {
      const seen = parser.parse(chunks);
      if (seen !== events) throw new Error(`${parser.name} parsed ${seen} of ${events} events`);
    }
    const samples: SampleSet = {};
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? parsers : [...parsers].reverse();
      for (const parser of order) {
        const start = performance.now();
        for (let i = 0; i < repeats; i++) parser.parse(chunks);
        const rate = (events * repeats * 1000) / (performance.now() - start);
        addSample(samples, parser.name, rate);
      }
    }
    return { chunking, medians: mediansOf(samples) };
  });
};
