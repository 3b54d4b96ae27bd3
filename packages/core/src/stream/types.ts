import type { RequestSpec } from "../client/types.js";
import type { APIConnectionError } from "../errors/openai-error.js";

/**
 * A server-sent event stream of parsed `data` payloads. Iterate it once; `break` closes the
 * connection. Nothing is sent before the first iteration.
 */
export interface Stream<Event> extends AsyncIterable<Event> {
  /** Closes the stream; a pending or later read fails with APIUserAbortError. */
  abort(reason?: unknown): void;
  /**
   * Calls `callback` with each event in order and resolves once the stream has ended (at
   * `[DONE]` or the end of the body); rejects like iteration would, or with what the callback
   * threw, and closes the connection either way. A promise the callback returns is awaited
   * before the next event. Consumes this Stream, as iterating it does.
   *
   * The fastest way through a stream: the events of one network chunk are handed over in a
   * plain loop, where `for await` pays a promise and a microtask per event.
   */
  forEach(callback: (event: Event) => void | PromiseLike<void>): Promise<void>;
  /**
   * The same events as server-sent event bytes (`event:` and `data:` lines), ready to be the
   * body of a route handler's `new Response(...)`; `fromReadableStream` reads them back into
   * the same typed events. An API error becomes an `event: error` frame (the reader throws it
   * again as an APIError); a lost connection errors the byte stream. Consumes this Stream;
   * cancelling the byte stream, or dropping it unread, closes the connection.
   */
  toReadableStream(): ReadableStream<Uint8Array>;
}

/** What a stream helper tells core about the stream it reads. */
export interface StreamControl<Event> {
  /**
   * How the server marks a complete stream: the `data: [DONE]` frame, or the event after which
   * the stream is complete. A body that ends before it is a lost connection
   * (APIConnectionError), never a short success.
   */
  final?: "[DONE]" | ((event: Event) => boolean) | undefined;
  /** Sees each event before it is handed out; returning `false` leaves the event out. */
  each?: ((event: Event) => boolean | undefined) | undefined;
  /**
   * Called when the connection is lost before the final event: the request that continues the
   * same stream, or undefined to fail with `error`. It may throw a clearer error itself. Core
   * resumes at most `maxRetries` times in a row without a new event.
   */
  resume?: ((error: APIConnectionError) => RequestSpec | undefined) | undefined;
  /**
   * Called once when the stream is over and its connection closed: with the error it failed
   * with, or with none when it ended or the consumer stopped early.
   */
  settle?: ((error?: unknown) => void) | undefined;
}
