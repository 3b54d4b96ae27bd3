import { OpenAIError } from "../errors/openai-error.js";
import type { Stream, StreamControl } from "./types.js";

/** What a stream helper builds on: the stream itself, its text, and its final result. */
export interface ExtendedStream<Event, Final> extends Stream<Event> {
  /** The text deltas as they arrive; iterating consumes the stream. */
  readonly textStream: AsyncIterable<string>;
  /**
   * The final result: consumes the stream if nothing else does, otherwise waits for the
   * consumer to reach the end. Rejects as the stream failed, or when it was closed early.
   */
  result(): Promise<Final>;
}

export interface StreamExtension<Event, Final> {
  /** How the stream ends, what each event adds, how to resume (see StreamControl). */
  control: Omit<StreamControl<Event>, "settle">;
  /** The final result once the stream is over; undefined if it never got that far. */
  final(): Final | Promise<Final> | undefined;
  /** The text an event adds to `textStream`, if any. */
  text(event: Event): string | undefined;
}

/**
 * Opens a stream with `extension.control` and adds what every stream helper gives: one
 * consumer (iteration, `forEach`, `toReadableStream`, `textStream` or `result()`), the text
 * deltas, and the final result. For helper packages (`@oaikit/responses`, `@oaikit/chat`...).
 */
export const extendStream = <Event, Final>(
  open: (control: StreamControl<Event>) => Stream<Event>,
  extension: StreamExtension<Event, Final>,
): ExtendedStream<Event, Final> => {
  let started = false;
  let over: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let result: Promise<Final> | undefined;
  const stream = open({
    ...extension.control,
    settle: (error) => {
      over = { error };
      wake?.();
    },
  }) as ExtendedStream<Event, Final>;
  const { forEach, toReadableStream } = stream;
  const iterate = stream[Symbol.asyncIterator];
  const start = (): void => {
    if (started) throw new OpenAIError("This stream was already consumed; consume it once.");
    started = true;
  };

  const ended = async (): Promise<Final> => {
    if (!started) await stream.forEach(() => {});
    else if (!over) await new Promise<void>((resolve) => (wake = resolve));
    if (over?.error !== undefined) throw over.error;
    const final = await extension.final();
    if (final === undefined) {
      throw new OpenAIError(
        "The stream was closed before its final event, so it has no final result.",
      );
    }
    return final;
  };

  return Object.assign(stream, {
    [Symbol.asyncIterator]: () => {
      start();
      return iterate();
    },
    forEach: (callback: Parameters<Stream<Event>["forEach"]>[0]) => {
      start();
      return forEach(callback);
    },
    toReadableStream: () => {
      start();
      return toReadableStream();
    },
    textStream: {
      [Symbol.asyncIterator]: (): AsyncIterator<string> => {
        const events = stream[Symbol.asyncIterator]();
        return {
          async next() {
            for (;;) {
              const step = await events.next();
              if (step.done) return step;
              const text = extension.text(step.value);
              if (text !== undefined) return { done: false, value: text };
            }
          },
          async return() {
            await events.return?.();
            return { done: true, value: undefined };
          },
        };
      },
    },
    result: () => (result ??= ended()),
  });
};
