import { createSSEParser } from "./parser.js";
import type { SSEEvent } from "./types.js";

/**
 * Parses a whole event-stream body into its events. For a `Response`, pass `response.body`.
 * Breaking out of the loop cancels the source.
 */
export async function* parseSSE(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<SSEEvent, void, undefined> {
  const parser = createSSEParser();
  // Web streams are async-iterable on Node and Deno but not in every browser, so read them
  // through a reader.
  if ("getReader" in body) {
    const reader = body.getReader();
    let done = false;
    try {
      for (;;) {
        const step = await reader.read();
        if (step.done) break;
        yield* parser.feed(step.value);
      }
      done = true;
    } finally {
      if (!done) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  } else {
    for await (const chunk of body) yield* parser.feed(chunk);
  }
  yield* parser.end();
}
