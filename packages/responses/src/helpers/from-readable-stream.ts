import { type RequestOptions, fromReadableStream as readEvents } from "@oaikit/core";
import { type ResponseStream, responseStream } from "./response-stream.js";

/**
 * Reads the bytes of a ResponseStream's `toReadableStream()` (a route handler's body, as the
 * browser's `fetch` gets it) back into a ResponseStream: the same typed events, `textStream`,
 * `finalResponse()` and errors.
 *
 * ```ts
 * const res = await fetch("/api/answer", { method: "POST", body: JSON.stringify({ question }) });
 * for await (const text of fromReadableStream(res.body!).textStream) output.append(text);
 * ```
 */
export function fromReadableStream(
  body: ReadableStream<Uint8Array>,
  options?: Pick<RequestOptions, "signal" | "timeout">,
): ResponseStream {
  return responseStream({ open: (control) => readEvents(body, options, control) });
}
