import {
  type Client,
  type RequestOptions,
  type ToolRunStepEvent,
  type ToolRunStream,
  toolRunStream,
} from "@oaikit/core";
import type {
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
} from "../generated/types.js";
import { chatToolRun, type RunChatToolsParams, type RunChatToolsResult } from "./run-chat-tools.js";
import { streamChatCompletion } from "./stream-chat-completion.js";

/**
 * `runChatTools`, streamed: the chunks of every model turn as they arrive, a `tool_run.step`
 * event after each turn's tools ran, and `result()` at the end. Usage is asked for
 * (`stream_options.include_usage`) unless `stream_options` is given.
 *
 * ```ts
 * const run = streamChatTools(client, { model: "gpt-4o", messages, tools: [weather] });
 * for await (const event of run) {
 *   if ("choices" in event) process.stdout.write(event.choices[0]?.delta.content ?? "");
 * }
 * const { response } = await run.result();
 * ```
 */
export const streamChatTools = (
  client: Client,
  params: RunChatToolsParams,
  options?: RequestOptions,
): ToolRunStream<
  CreateChatCompletionStreamResponse | ToolRunStepEvent<CreateChatCompletionResponse>,
  RunChatToolsResult
> =>
  toolRunStream(() =>
    chatToolRun(
      { stream_options: { include_usage: true }, ...params },
      async function* (body, requestOptions) {
        const stream = streamChatCompletion(client, body, requestOptions);
        yield* stream;
        return (await stream.finalChatCompletion()) as CreateChatCompletionResponse;
      },
      options,
    ),
  );
