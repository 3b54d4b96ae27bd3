import { type RequestOptions, fromReadableStream as readEvents } from "@oaikit/core";
import { type CompletionStream, completionStream } from "./completion-stream.js";

/**
 * Reads the bytes of a CompletionStream's `toReadableStream()` (a route handler's body, as the
 * browser's `fetch` gets it) back into a CompletionStream.
 */
export function fromReadableStream(
  body: ReadableStream<Uint8Array>,
  options?: Pick<RequestOptions, "signal" | "timeout">,
): CompletionStream {
  return completionStream((control) => readEvents(body, options, control));
}
