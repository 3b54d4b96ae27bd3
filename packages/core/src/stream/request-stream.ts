import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { OpenAIError } from "../errors/openai-error.js";
import { setMeta } from "../meta/registry.js";
import { send } from "../transport/send.js";
import { type EventIterator, eventIterator } from "./event-iterator.js";
import type { Stream } from "./types.js";

/**
 * Sends a streaming operation and returns its events as they arrive. Returns at once; the
 * request goes out on the first iteration, so an unused Stream never rejects. Streams time out
 * after `timeout` ms without a byte (per call or client), not after a total duration.
 *
 * ```ts
 * for await (const event of requestStream<ResponseStreamEvent>(client, spec)) {}
 * ```
 */
export const requestStream = <Event>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Stream<Event> => {
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  const where = `${spec.method} ${spec.path}`;
  let used = false;

  /** The one iterator this Stream hands out; the request goes out on its first read. */
  const consume = (): EventIterator<Event> => {
    if (used) {
      throw new OpenAIError(
        `This stream of ${where} was already consumed; a Stream can be iterated only once.`,
      );
    }
    used = true;
    return eventIterator<Event>({
      open: async () => {
        const sent = await send(
          client,
          { accept: "text/event-stream", ...spec },
          { ...options, signal },
        );
        setMeta(stream, sent.meta);
        return sent;
      },
      signal,
      abort: () => controller.abort(),
      timeout: options.timeout ?? client.config.timeout,
      where,
      config: client.config,
    });
  };

  const stream: Stream<Event> = {
    abort(reason) {
      controller.abort(reason);
    },
    [Symbol.asyncIterator]: () => consume(),
    async forEach(callback) {
      await consume().forEach(callback);
    },
    toReadableStream() {
      const iterator = stream[Symbol.asyncIterator]();
      return new ReadableStream<Event>(
        {
          async pull(sink) {
            const step = await iterator.next();
            if (step.done) sink.close();
            else sink.enqueue(step.value);
          },
          async cancel(reason) {
            // Ends a read that is still waiting, so return() does not wait for the server.
            controller.abort(reason);
            await iterator.return?.();
          },
        },
        // Pull only when the consumer reads, so the request starts with the first read.
        { highWaterMark: 0 },
      );
    },
  };
  return stream;
};
