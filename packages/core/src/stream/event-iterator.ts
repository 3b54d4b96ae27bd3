import type { ClientConfig, RequestSpec } from "../client/types.js";
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
import { readText } from "../transport/read-text.js";
import { eventError } from "./event-error.js";
import { idleTimer } from "./idle-timer.js";
import type { StreamControl } from "./types.js";

export interface EventIteratorInit<Event> extends StreamControl<Event> {
  /**
   * Sends the request (the stream's own, or `spec` to resume it): resolves to the successful
   * response, body unread.
   */
  open(spec?: RequestSpec): Promise<{ response: Response; meta: ResponseMeta }>;
  /** The signal the request was sent with: the caller's and the stream's own. */
  signal: AbortSignal;
  /** Aborts `signal`; called when the server falls silent. */
  abort(): void;
  /** Milliseconds a read may wait for bytes. */
  timeout: number;
  /** Resumes allowed in a row without a new event. */
  retries: number;
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
const SKIP = Symbol("skip");
const END: IteratorReturnResult<undefined> = { done: true, value: undefined };

const isJSON = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Iterates the JSON payloads of an event-stream response. Hand-written rather than an async
 * generator: events already parsed from a chunk are handed out through resolved promises,
 * which keeps per-event overhead close to a plain loop over the body.
 */
export const eventIterator = <Event>(init: EventIteratorInit<Event>): EventIterator<Event> => {
  const { signal, timeout, where, final, each, config } = init;
  const untilDone = final === "[DONE]";
  const isLast = typeof final === "function" ? final : undefined;
  let meta: ResponseMeta | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let parser = createSSEParser();
  let queue: SSEEvent[] = [];
  let index = 0;
  let ended = false;
  let closed = false;
  let idle = false;
  // Whether the final event went by; a stream with no `final` is complete at its body's end.
  let complete = final === undefined;
  let drops = 0;
  // Bytes since the last complete event: what the parser holds.
  let pending = 0;
  let busy: Promise<IteratorResult<Event>> | undefined;
  const timer = idleTimer(timeout, () => {
    idle = true;
    init.abort();
  });
  // Aborting the fetch signal ends the body read with most fetch implementations; cancelling
  // the reader covers the ones that ignore it.
  const stop = (): void => void reader?.cancel().catch(() => undefined);

  /** Frees everything; cancelling the body closes the connection so the server stops sending. */
  const close = async (error?: unknown): Promise<void> => {
    if (closed) return;
    closed = true;
    timer.stop();
    signal.removeEventListener("abort", stop);
    if (reader && !ended) await reader.cancel().catch(() => undefined);
    init.settle?.(error);
  };

  const open = async (spec?: RequestSpec): Promise<void> => {
    const sent = await init.open(spec);
    meta = sent.meta;
    if (/json/i.test(sent.response.headers.get("content-type") ?? "")) {
      throw new APIError(
        meta.status,
        redactText(config, await readText(config, sent.response, () => where)),
        meta.headers,
        `${where} answered with JSON instead of an event stream; was \`stream: true\` sent?`,
      );
    }
    if (!sent.response.body) {
      ended = true;
      return;
    }
    reader = sent.response.body.getReader();
    if (spec === undefined) signal.addEventListener("abort", stop, { once: true });
  };

  /**
   * The connection was lost before the final event: continue from where the helper says, or
   * fail with `error`. Events already handed out are never repeated by core; a helper that
   * resumes filters what the server sends again (see `each`).
   */
  const dropped = async (error: APIConnectionError): Promise<void> => {
    const spec = init.resume?.(error);
    if (!spec || drops >= init.retries) throw error;
    drops++;
    const old = reader;
    reader = undefined;
    await old?.cancel().catch(() => undefined);
    parser = createSSEParser();
    pending = 0;
    queue = [];
    index = 0;
    ended = false;
    await open(spec);
  };

  /** Reads one chunk into the queue. */
  const read = async (body: ReadableStreamDefaultReader<Uint8Array>): Promise<void> => {
    let step: ReadableStreamReadResult<Uint8Array>;
    timer.waiting();
    try {
      step = await body.read();
    } catch (cause) {
      if (!signal.aborted) {
        timer.received();
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
    if (!step.done) {
      pending += step.value.length;
      if (pending > config.maxResponseBytes) {
        throw new APIError(
          meta!.status,
          undefined,
          meta!.headers,
          `${where}: a stream event is over maxResponseBytes (${config.maxResponseBytes} bytes).`,
        );
      }
      queue = parser.feed(step.value);
      if (queue.length) pending = 0;
      index = 0;
      return;
    }
    ended = true;
    // The parser dispatches an event left pending at the end, so the last one is never lost;
    // one whose JSON stops short was cut off with the connection.
    const tail = parser.end();
    if (
      tail.some(
        (event) => event.data !== "[DONE]" && event.event !== "error" && !isJSON(event.data),
      )
    ) {
      throw new APIConnectionError(
        `${where}: the stream ended in the middle of an event (the connection was cut).`,
      );
    }
    queue = tail;
    index = 0;
  };

  /** The payload of one event, DONE for `[DONE]`, SKIP for one `each` leaves out. */
  const payloadOf = (event: SSEEvent): Event | typeof DONE | typeof SKIP => {
    if (event.data === "[DONE]") return DONE;
    let payload: unknown;
    try {
      payload = JSON.parse(event.data);
    } catch {
      // An `event: error` frame may carry plain text; anything else must be JSON.
      if (event.event !== "error") {
        const data = redactText(config, event.data);
        throw new APIError(
          meta!.status,
          data,
          meta!.headers,
          `A stream event's data is not JSON (${jsonProblem(data)}).`,
        );
      }
      payload = event.data;
    }
    const error = eventError(event.event, payload, meta!, config);
    if (error) throw error;
    if (each?.(payload as Event) === false) return SKIP;
    drops = 0;
    if (isLast?.(payload as Event)) complete = true;
    return payload as Event;
  };

  /** The next payload from the queue (DONE or SKIP included); the queue must not be empty. */
  const take = (): Event | typeof DONE | typeof SKIP => {
    const payload = payloadOf(queue[index++]!);
    if (payload === DONE) {
      complete = true;
      void close();
    }
    return payload;
  };

  /** Reads until an event is queued; false once the stream is over. */
  const ready = async (): Promise<boolean> => {
    if (!meta) await open();
    while (index >= queue.length) {
      if (closed) return false;
      try {
        if (ended || !reader) {
          if (complete) return false;
          throw new APIConnectionError(
            untilDone
              ? `${where}: the stream ended before its final event (no \`data: [DONE]\`).`
              : `${where}: the stream ended before its final event.`,
          );
        }
        await read(reader);
      } catch (error) {
        if (!(error instanceof APIConnectionError) || error instanceof APIConnectionTimeoutError)
          throw error;
        await dropped(error);
      }
      // return() ran while the read was pending.
      if (closed) return false;
    }
    return true;
  };

  const fill = async (): Promise<IteratorResult<Event>> => {
    try {
      while (await ready()) {
        const payload = take();
        if (payload === DONE) return END;
        if (payload !== SKIP) return { done: false, value: payload };
      }
      await close();
      return END;
    } catch (error) {
      await close(error);
      throw error;
    }
  };

  const forEach = async (callback: (event: Event) => unknown): Promise<void> => {
    try {
      while (await ready()) {
        // The events parsed from one chunk go out in a plain loop: no promise per event.
        while (index < queue.length) {
          const payload = take();
          if (payload === DONE) return;
          if (payload === SKIP) continue;
          const pending = callback(payload);
          if (pending && typeof (pending as PromiseLike<unknown>).then === "function") {
            await pending;
          }
        }
      }
    } catch (error) {
      await close(error);
      throw error;
    } finally {
      await close();
    }
  };

  const next = (): Promise<IteratorResult<Event>> => {
    if (busy) return busy.then(next, next);
    if (closed) return Promise.resolve(END);
    if (index < queue.length) {
      try {
        const payload = take();
        if (payload === DONE) return Promise.resolve(END);
        if (payload !== SKIP) return Promise.resolve({ done: false, value: payload });
      } catch (error) {
        return close(error).then(() => Promise.reject(error));
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
