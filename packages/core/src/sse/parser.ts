import { createParser } from "eventsource-parser";
import type { SSEEvent } from "./types.js";

/** An incremental event-stream parser: feed it body bytes as they arrive, then call `end()`. */
export interface SSEParser {
  /** Parses one chunk; returns the events it completed (often none). */
  feed(chunk: Uint8Array): SSEEvent[];
  /**
   * Flushes the body's tail. Unlike the HTML standard, an event still pending here (the body
   * ended without a blank line) is dispatched: a server that closes right after its last
   * `data:` line meant to send it.
   */
  end(): SSEEvent[];
}

/**
 * Creates a parser for `text/event-stream` bodies following the HTML living standard's
 * interpretation rules (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 *
 * The line parsing is eventsource-parser's: our own parser measured even with it in bench/
 * (0.85x to 1.11x of its events/s in one process, 0.8x to 0.9x in separate ones), so the
 * shared, widely used one wins. What this layer adds: bytes in (a streaming TextDecoder, so a
 * UTF-8 sequence split across chunks survives), the last event ID and retry carried across
 * events as the standard says, and the pending event flushed at the end of the body.
 */
/* @__NO_SIDE_EFFECTS__ */
export const createSSEParser = (): SSEParser => {
  const decoder = new TextDecoder();
  let events: SSEEvent[] = [];
  let id: string | undefined;
  let retry: number | undefined;
  const parser = createParser({
    onEvent: (message) => {
      // An empty `id` clears the last event ID.
      if (message.id !== undefined) id = message.id || undefined;
      events.push({ event: message.event || "message", data: message.data, id, retry });
    },
    onRetry: (ms) => {
      retry = ms;
    },
  });
  const take = (): SSEEvent[] => {
    const taken = events;
    events = [];
    return taken;
  };
  return {
    feed: (chunk) => {
      parser.feed(decoder.decode(chunk, { stream: true }));
      return take();
    },
    end: () => {
      // Two line ends finish a pending line and then dispatch its event; after a complete
      // event they are an empty line, which dispatches nothing.
      parser.feed(`${decoder.decode()}\n\n`);
      return take();
    },
  };
};
