import { type Client, OpenAIError, outputParserOf, type RequestOptions } from "@oaikit/core";
import type { TextResponseFormatConfiguration } from "@oaikit/types";
import { createResponse } from "../generated/operations.js";
import type { CreateResponseParams } from "../generated/params.js";
import type { OutputOf, ParsedResponse, WithTextFormat } from "./parsed-response.js";

/**
 * `createResponse`, then its structured output parsed and validated: `outputParsed` is typed by
 * the schema given to `textFormat`. Throws OutputParseError (issue paths and raw text kept)
 * when the output does not match; a refusal comes back as `refusal`, never as an error.
 *
 * ```ts
 * const res = await parseResponse(client, {
 *   model: "gpt-5.1",
 *   input: "Extract the event",
 *   text: { format: textFormat(Event, { name: "event" }) },
 * });
 * if (res.refusal) console.log(res.refusal);
 * else console.log(res.outputParsed?.date);
 * ```
 */
export async function parseResponse<Format extends TextResponseFormatConfiguration>(
  client: Client,
  params: WithTextFormat<CreateResponseParams, Format>,
  options?: RequestOptions,
): Promise<ParsedResponse<OutputOf<Format>>> {
  const parse = outputParserOf<ParsedResponse<OutputOf<Format>>>(params.text?.format);
  if (!parse) {
    // Checked before sending: nothing goes out half-built.
    throw new OpenAIError(
      "parseResponse needs text.format made by textFormat(schema, { name }); use createResponse otherwise.",
    );
  }
  return parse((await createResponse(client, params as CreateResponseParams, options)) as never);
}
