import type { ClientConfig, RequestOptions } from "../client/types.js";
import type { ResponseMeta } from "../meta/types.js";
import { linkSignal } from "../transport/link-signal.js";
import { eventIterator } from "./event-iterator.js";
import { streamOf } from "./stream-of.js";
import type { Stream, StreamControl } from "./types.js";

const where = "the event stream";
const none = { limit: undefined, remaining: undefined, resetMs: undefined };

/**
 * Reads server-sent event bytes (the body a route handler made with `toReadableStream()`, as a
 * browser's `fetch` gives it back) as the same typed events, with the same errors: an
 * `event: error` frame throws an APIError, a body that stops before the stream's final event
 * throws APIConnectionError. `options` takes `signal` and `timeout` (idle milliseconds,
 * default 10 minutes).
 *
 * ```ts
 * const res = await fetch("/api/answer", { method: "POST", body });
 * for await (const event of fromReadableStream<MyEvent>(res.body!)) {}
 * ```
 */
export const fromReadableStream = <Event>(
  body: ReadableStream<Uint8Array>,
  options: Pick<RequestOptions, "signal" | "timeout"> = {},
  control: Omit<StreamControl<Event>, "resume"> = {},
): Stream<Event> => {
  const controller = new AbortController();
  const { signal } = controller;
  let unlink: (() => void) | undefined;
  const headers = new Headers({ "content-type": "text/event-stream" });
  const meta: ResponseMeta = {
    status: 200,
    headers,
    requestId: undefined,
    processingMs: undefined,
    pollAfterMs: undefined,
    rateLimit: { requests: none, tokens: none },
    attempts: 1,
    url: "",
  };
  return streamOf(where, controller, control.final, () =>
    eventIterator<Event>({
      ...control,
      open: async () => {
        unlink = linkSignal(options.signal, controller);
        return { response: new Response(body, { headers }), meta };
      },
      signal,
      settle: (error) => {
        unlink?.();
        control.settle?.(error);
      },
      abort: () => controller.abort(),
      timeout: options.timeout ?? 600_000,
      retries: 0,
      where,
      // No client, so no keys to mask: the bytes come from the app's own route.
      config: { maxResponseBytes: 2 ** 28 } as ClientConfig,
    }),
  );
};
