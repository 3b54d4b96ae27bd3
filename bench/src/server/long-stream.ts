import type { ServerResponse } from "node:http";

const blockEvents = 1_000;

// Small on purpose: a million of them must stream in seconds, and what is measured is the
// client's memory per event over time, not the size of one event.
const block = (): Buffer => {
  let text = "";
  for (let i = 0; i < blockEvents; i++) {
    text += `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":${i},"delta":"x"}\n\n`;
  }
  return Buffer.from(text);
};

let cached: Buffer | undefined;

/**
 * Writes `events` small events (a multiple of 1,000) as one chunked event-stream, honouring
 * backpressure so the server never holds more than a block in memory either.
 */
export const writeLongStream = (res: ServerResponse, events: number): void => {
  cached ??= block();
  const chunk = cached;
  let left = Math.ceil(events / blockEvents);
  res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_bench" });
  const pump = (): void => {
    while (left > 0) {
      left--;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    res.end();
  };
  res.on("close", () => {
    left = 0;
  });
  pump();
};
