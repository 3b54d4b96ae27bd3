/**
 * A server-sent event stream of parsed `data` payloads. Iterate it once; `break` closes the
 * connection. Nothing is sent before the first iteration.
 */
export interface Stream<Event> extends AsyncIterable<Event> {
  /** Closes the stream; a pending or later read fails with APIUserAbortError. */
  abort(reason?: unknown): void;
  /** The same events as a web ReadableStream (consumes this Stream; cancel closes it). */
  toReadableStream(): ReadableStream<Event>;
}
