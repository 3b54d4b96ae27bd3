import type { ClientConfig } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { jsonProblem } from "../errors/json-problem.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from "../errors/openai-error.js";
import { redactText } from "../errors/redact.js";
import type { ResponseMeta } from "../meta/types.js";
import { createSSEParser } from "../sse/parser.js";
import type { SSEEvent } from "../sse/types.js";
import { eventError } from "./event-error.js";
import { idleTimer } from "./idle-timer.js";

export interface EventIteratorInit {
  /** Sends the request: resolves to the successful response, body unread. */
  open(): Promise<{ response: Response; meta: ResponseMeta }>;
  /** The signal the request was sent with: the caller's and the stream's own. */
  signal: AbortSignal;
  /** Aborts `signal`; called when the server falls silent. */
  abort(): void;
  /** Milliseconds a read may wait for bytes. */
  timeout: number;
  /** "POST /responses", for messages. */
  where: string;
  /** Whose keys to mask in the errors built here. */
  config: ClientConfig;
}

/** An async iterator that can also push its events to a callback (see Stream.forEach). */
export interface EventIterator<Event> extends AsyncIterator<Event> {
  forEach(callback: (event: Event) => unknown): Promise<void>;
}

const DONE = Symbol("done");
const END: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** The payload of one event, DONE for `[DONE]`, or the error it carries. */
const payloadOf = <Event>(
  event: SSEEvent,
  meta: ResponseMeta,
  config: ClientConfig,
): Event | typeof DONE => {
  if (event.data === "[DONE]") return DONE;
  let payload: unknown;
  try {
    payload = JSON.parse(event.data);
  } catch {
    // An `event: error` frame may carry plain text; anything else must be JSON.
    if (event.event !== "error") {
      const data = redactText(config, event.data);
      throw new APIError(
        meta.status,
        data,
        meta.headers,
        `A stream event's data is not JSON (${jsonProblem(data)}).`,
      );
    }
    payload = event.data;
  }
  const error = eventError(event.event, payload, meta, config);
  if (error) throw error;
  return payload as Event;
};

/**
 * Iterates the JSON payloads of an event-stream response. Hand-written rather than an async
 * generator: events already parsed from a chunk are handed out through resolved promises,
 * which keeps per-event overhead close to a plain loop over the body.
 */
export const eventIterator = <Event>(init: EventIteratorInit): EventIterator<Event> => {
  const { signal, timeout, where, config } = init;
  let meta: ResponseMeta | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const parser = createSSEParser();
  let queue: SSEEvent[] = [];
  let index = 0;
  let ended = false;
  let closed = false;
  let idle = false;
  let busy: Promise<IteratorResult<Event>> | undefined;
  const timer = idleTimer(timeout, () => {
    idle = true;
    init.abort();
  });
  // Aborting the fetch signal ends the body read with most fetch implementations; cancelling
  // the reader covers the ones that ignore it.
  const stop = (): void => void reader?.cancel().catch(() => undefined);

  /** Frees everything; cancelling the body closes the connection so the server stops sending. */
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    timer.stop();
    signal.removeEventListener("abort", stop);
    if (reader && !ended) await reader.cancel().catch(() => undefined);
  };

  const open = async (): Promise<void> => {
    const sent = await init.open();
    meta = sent.meta;
    if (/json/i.test(sent.response.headers.get("content-type") ?? "")) {
      throw new APIError(
        meta.status,
        redactText(config, await sent.response.text()),
        meta.headers,
        `${where} answered with JSON instead of an event stream; was \`stream: true\` sent?`,
      );
    }
    if (!sent.response.body) {
      ended = true;
      return;
    }
    reader = sent.response.body.getReader();
    signal.addEventListener("abort", stop, { once: true });
  };

  /** Reads one chunk into the queue. */
  const read = async (body: ReadableStreamDefaultReader<Uint8Array>): Promise<void> => {
    let step: ReadableStreamReadResult<Uint8Array>;
    timer.waiting();
    try {
      step = await body.read();
    } catch (cause) {
      if (!signal.aborted) {
        throw new APIConnectionError(
          `Connection lost while streaming ${where}: ${redactText(config, String((cause as Error)?.message ?? cause))}`,
          { cause },
        );
      }
      step = { done: true, value: undefined };
    }
    timer.received();
    if (signal.aborted) {
      if (idle) throw new APIConnectionTimeoutError(`${where} sent no bytes for ${timeout} ms.`);
      throw new APIUserAbortError("Stream was aborted.", { cause: signal.reason });
    }
    if (step.done) ended = true;
    // The parser dispatches an event left pending at the end, so the last one is never lost.
    queue = step.done ? parser.end() : parser.feed(step.value);
    index = 0;
  };

  const take = (): IteratorResult<Event> => {
    const payload = payloadOf<Event>(queue[index++]!, meta!, config);
    if (payload !== DONE) return { done: false, value: payload };
    void close();
    return END;
  };

  /** Reads until an event is queued; false once the stream is over. */
  const ready = async (): Promise<boolean> => {
    if (!meta) await open();
    while (index >= queue.length) {
      if (ended || closed || !reader) return false;
      await read(reader);
      // return() ran while the read was pending.
      if (closed) return false;
    }
    return true;
  };

  const fill = async (): Promise<IteratorResult<Event>> => {
    try {
      if (await ready()) return take();
      await close();
      return END;
    } catch (error) {
      await close();
      throw error;
    }
  };

  const forEach = async (callback: (event: Event) => unknown): Promise<void> => {
    try {
      while (await ready()) {
        // The events parsed from one chunk go out in a plain loop: no promise per event.
        while (index < queue.length) {
          const payload = payloadOf<Event>(queue[index++]!, meta!, config);
          if (payload === DONE) return;
          const pending = callback(payload);
          if (pending && typeof (pending as PromiseLike<unknown>).then === "function") {
            await pending;
          }
        }
      }
    } finally {
      await close();
    }
  };

  const next = (): Promise<IteratorResult<Event>> => {
    if (busy) return busy.then(next, next);
    if (closed) return Promise.resolve(END);
    if (index < queue.length) {
      try {
        return Promise.resolve(take());
      } catch (error) {
        return close().then(() => Promise.reject(error));
      }
    }
    busy = fill();
    const settle = (): void => {
      busy = undefined;
    };
    busy.then(settle, settle);
    return busy;
  };

  return {
    next,
    forEach,
    async return() {
      await close();
      return END;
    },
  };
};
