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
  /** The same events as a web ReadableStream (consumes this Stream; cancel closes it). */
  toReadableStream(): ReadableStream<Event>;
}
