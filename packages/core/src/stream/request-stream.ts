import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { setMeta } from "../meta/registry.js";
import { linkSignal } from "../transport/link-signal.js";
import { send } from "../transport/send.js";
import { eventIterator } from "./event-iterator.js";
import { streamOf } from "./stream-of.js";
import type { Stream, StreamControl } from "./types.js";

/**
 * Sends a streaming operation and returns its events as they arrive. Returns at once; the
 * request goes out on the first iteration, so an unused Stream never rejects. Streams time out
 * after `timeout` ms without a byte (per call or client), not after a total duration.
 * `control` is for stream helpers: how the stream ends, and how to resume it.
 *
 * ```ts
 * for await (const event of requestStream<ResponseStreamEvent>(client, spec)) {}
 * ```
 */
export const requestStream = <Event>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
  control: StreamControl<Event> = {},
): Stream<Event> => {
  const controller = new AbortController();
  const { signal } = controller;
  // The caller's signal is linked, and a maxConcurrency slot held, while the stream is open.
  let unlink: (() => void) | undefined;
  let release: (() => void) | undefined;
  const where = `${spec.method} ${spec.path}`;
  const stream: Stream<Event> = streamOf(where, controller, control.final, () =>
    eventIterator<Event>({
      ...control,
      open: async (resume) => {
        unlink ??= linkSignal(options.signal, controller);
        // A resume gives back the dropped connection's slot before taking one.
        release?.();
        const sent = await send(
          client,
          { accept: "text/event-stream", ...(resume ?? spec) },
          { ...options, signal },
        );
        release = sent.release;
        setMeta(stream, sent.meta);
        return sent;
      },
      signal,
      settle: (error) => {
        unlink?.();
        release?.();
        control.settle?.(error);
      },
      abort: () => controller.abort(),
      timeout: options.timeout ?? client.config.timeout,
      retries: options.maxRetries ?? client.config.maxRetries,
      where,
      config: client.config,
    }),
  );
  return stream;
};
