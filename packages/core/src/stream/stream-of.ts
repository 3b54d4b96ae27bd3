import { APIError } from "../errors/api-error.js";
import { OpenAIError } from "../errors/openai-error.js";
import type { EventIterator } from "./event-iterator.js";
import type { Stream, StreamControl } from "./types.js";

const encoder = /* @__PURE__ */ new TextEncoder();

/** One event as server-sent event bytes; `event:` names its `type` when it has a plain one. */
const frame = (event: unknown): Uint8Array => {
  const type = (event as { type?: unknown } | null)?.type;
  const name = typeof type === "string" && !/[\r\n]/.test(type) ? `event: ${type}\n` : "";
  return encoder.encode(`${name}data: ${JSON.stringify(event)}\n\n`);
};

/** An API error as the `event: error` frame the reader turns back into an APIError. */
const errorFrame = (error: APIError): Uint8Array => {
  const body =
    typeof error.body === "object" && error.body !== null
      ? error.body
      : {
          error: { message: error.message, type: error.type, code: error.code, param: error.param },
        };
  return encoder.encode(`event: error\ndata: ${JSON.stringify(body)}\n\n`);
};

let abandoned: FinalizationRegistry<AbortController> | undefined;

/**
 * Closes the connection of a byte stream that is dropped unread: nothing else would, and the
 * server would hold it open until the idle timeout.
 */
const watch = (readable: ReadableStream<Uint8Array>, controller: AbortController): void => {
  if (typeof FinalizationRegistry !== "function") return;
  abandoned ??= new FinalizationRegistry((held) => held.abort());
  abandoned.register(readable, controller, controller);
};

/** The Stream object over the one iterator `consume` opens on first use. */
export const streamOf = <Event>(
  where: string,
  controller: AbortController,
  final: StreamControl<Event>["final"],
  open: () => EventIterator<Event>,
): Stream<Event> => {
  let used = false;
  const consume = (): EventIterator<Event> => {
    if (used) {
      throw new OpenAIError(
        `This stream of ${where} was already consumed; a Stream can be iterated only once.`,
      );
    }
    used = true;
    return open();
  };
  return {
    abort(reason) {
      controller.abort(reason);
    },
    [Symbol.asyncIterator]: consume,
    async forEach(callback) {
      await consume().forEach(callback);
    },
    toReadableStream() {
      const iterator = consume();
      const readable = new ReadableStream<Uint8Array>(
        {
          async pull(sink) {
            try {
              const step = await iterator.next();
              if (!step.done) return sink.enqueue(frame(step.value));
              // A reader that expects `[DONE]` must see it, or it takes the end for a lost connection.
              if (final === "[DONE]") sink.enqueue(encoder.encode("data: [DONE]\n\n"));
            } catch (error) {
              // A lost connection must look lost downstream too; an API error travels in-band.
              if (!(error instanceof APIError)) return sink.error(error);
              sink.enqueue(errorFrame(error));
            }
            abandoned?.unregister(controller);
            sink.close();
          },
          async cancel(reason) {
            abandoned?.unregister(controller);
            // Ends a read that is still waiting, so return() does not wait for the server.
            controller.abort(reason);
            await iterator.return?.();
          },
        },
        // Pull only when the consumer reads, so the request starts with the first read.
        { highWaterMark: 0 },
      );
      watch(readable, controller);
      return readable;
    },
  };
};
