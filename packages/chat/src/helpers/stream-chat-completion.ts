import { type Client, outputParserOf, type RequestOptions, requestStream } from "@oaikit/core";
import type { StreamChatCompletionParams } from "../generated/params.js";
import type { CreateChatCompletionResponse } from "../generated/types.js";
import { type ChatCompletionStream, chatCompletionStream } from "./chat-completion-stream.js";
import type { CompletionWithOutput, WithResponseFormat } from "./parsed-chat-completion.js";

/**
 * `POST /chat/completions`, answered as a stream: a ChatCompletionStream with the chunks,
 * `textStream`, `finalChatCompletion()` and `on()`. A stream that ends without `data: [DONE]`
 * fails with APIConnectionError. With a `responseFormat`,
 * `finalChatCompletion()` also gives `outputParsed`.
 *
 * ```ts
 * const stream = streamChatCompletion(client, { model: "gpt-5.1", messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * ```
 *
 * @see https://developers.openai.com/api/reference/resources/chat/subresources/completions/methods/create
 */
export function streamChatCompletion<
  Format extends NonNullable<StreamChatCompletionParams["response_format"]> = never,
>(
  client: Client,
  params: WithResponseFormat<StreamChatCompletionParams, Format>,
  options?: RequestOptions,
): ChatCompletionStream<CompletionWithOutput<Format>> {
  // A format made by responseFormat parses the final completion; others leave it as it is.
  const finish = outputParserOf<CompletionWithOutput<Format>>(params.response_format);
  return chatCompletionStream<CompletionWithOutput<Format>>(
    (control) =>
      requestStream(
        client,
        { method: "POST", path: "/chat/completions", body: { ...params, stream: true } },
        options,
        control,
      ),
    finish as
      | ((completion: CreateChatCompletionResponse) => Promise<CompletionWithOutput<Format>>)
      | undefined,
  );
}
