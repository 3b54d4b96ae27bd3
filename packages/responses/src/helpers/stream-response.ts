import {
  type Client,
  outputParserOf,
  pathParam,
  type RequestOptions,
  requestStream,
} from "@oaikit/core";
import type { TextResponseFormatConfiguration } from "@oaikit/types";
import type { StreamResponseParams } from "../generated/params.js";
import type { Response } from "../generated/types.js";
import type { ResponseWithOutput, WithTextFormat } from "./parsed-response.js";
import { type ResponseStream, responseStream } from "./response-stream.js";

/**
 * `POST /responses`, answered as a stream of server-sent events: a ResponseStream with the
 * typed events, `textStream`, `finalResponse()` and `on()`. A dropped stream of a
 * `background: true` response resumes by itself from its last `sequence_number`. With a
 * `textFormat`, `finalResponse()` also gives `outputParsed`.
 *
 * ```ts
 * const stream = streamResponse(client, { model: "gpt-5.1", input: "Say hi" });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * ```
 *
 * @see https://developers.openai.com/api/reference/resources/responses/methods/create
 */
export function streamResponse<Format extends TextResponseFormatConfiguration = never>(
  client: Client,
  params: WithTextFormat<StreamResponseParams, Format> = {},
  options?: RequestOptions,
): ResponseStream<ResponseWithOutput<Format>> {
  // A format made by textFormat parses the final response; others leave it as it is.
  const finish = outputParserOf<ResponseWithOutput<Format>>(params.text?.format);
  return responseStream<ResponseWithOutput<Format>>(
    {
      open: (control) =>
        requestStream(
          client,
          { method: "POST", path: "/responses", body: { ...params, stream: true } },
          options,
          control,
        ),
      resume: (id, startingAfter) => ({
        method: "GET",
        path: `/responses/${pathParam("response_id", id)}`,
        query: { stream: true, starting_after: startingAfter },
      }),
    },
    finish as ((response: Response) => Promise<ResponseWithOutput<Format>>) | undefined,
  );
}
