import { type RequestOptions, fromReadableStream as readEvents } from "@oaikit/core";
import { type ChatCompletionStream, chatCompletionStream } from "./chat-completion-stream.js";

/**
 * Reads the bytes of a ChatCompletionStream's `toReadableStream()` (a route handler's body, as
 * the browser's `fetch` gets it) back into a ChatCompletionStream.
 *
 * ```ts
 * const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages }) });
 * for await (const text of fromReadableStream(res.body!).textStream) output.append(text);
 * ```
 */
export function fromReadableStream(
  body: ReadableStream<Uint8Array>,
  options?: Pick<RequestOptions, "signal" | "timeout">,
): ChatCompletionStream {
  return chatCompletionStream((control) => readEvents(body, options, control));
}
