import { type Client, type RequestOptions, requestStream } from "@oaikit/core";
import type { StreamCompletionParams } from "../generated/params.js";
import { type CompletionStream, completionStream } from "./completion-stream.js";

/**
 * `POST /completions`, answered as a stream: a CompletionStream with the chunks, `textStream`
 * and `finalCompletion()`. A stream that ends without `data: [DONE]` fails with
 * APIConnectionError.
 *
 * @see https://developers.openai.com/api/reference/resources/completions/methods/create
 */
export function streamCompletion(
  client: Client,
  params: StreamCompletionParams,
  options?: RequestOptions,
): CompletionStream {
  return completionStream((control) =>
    requestStream(
      client,
      { method: "POST", path: "/completions", body: { ...params, stream: true } },
      options,
      control,
    ),
  );
}
