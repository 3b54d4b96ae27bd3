import {
  type Client,
  type RequestOptions,
  type ToolRunStepEvent,
  type ToolRunStream,
  toolRunStream,
} from "@oaikit/core";
import type { Response } from "../generated/types.js";
import type { ResponseStreamEventType } from "./response-stream.js";
import { type RunToolsParams, type RunToolsResult, responsesToolRun } from "./run-tools.js";
import { streamResponse } from "./stream-response.js";

/**
 * `runTools`, streamed: the typed events of every model turn as they arrive, a
 * `tool_run.step` event after each turn's tools ran, and `result()` at the end.
 *
 * ```ts
 * const run = streamTools(client, { model: "gpt-5.1", input: "Weather in Paris?", tools: [weather] });
 * for await (const event of run) {
 *   if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
 * }
 * const { steps } = await run.result();
 * ```
 */
export const streamTools = (
  client: Client,
  params: RunToolsParams,
  options?: RequestOptions,
): ToolRunStream<ResponseStreamEventType | ToolRunStepEvent<Response>, RunToolsResult> =>
  toolRunStream(() =>
    responsesToolRun(
      params,
      async function* (body, requestOptions) {
        const stream = streamResponse(client, body, requestOptions);
        yield* stream;
        return (await stream.finalResponse()) as Response;
      },
      options,
    ),
  );
