import type { ServerResponse } from "node:http";

const blockEvents = 1_000;

// Small on purpose: a million of them must stream in seconds, and what is measured is the
// client's memory per event over time, not the size of one event.
const block = (): Buffer => {
  let text = "";
  for (let i = 0; i < blockEvents; i++) {
    // No sequence_number: blocks repeat, and the Responses helper drops numbers it has seen.
    text += `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"x"}\n\n`;
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
    // The final event the Responses helpers wait for.
    res.end(
      'event: response.completed\ndata: {"type":"response.completed","response":{"id":"resp_bench","output":[]}}\n\n',
    );
  };
  res.on("close", () => {
    left = 0;
  });
  pump();
};
