import { type Client, OpenAIError, outputParserOf, type RequestOptions } from "@oaikit/core";
import { createChatCompletion } from "../generated/operations.js";
import type { CreateChatCompletionParams } from "../generated/params.js";
import type {
  ChatOutputOf,
  ParsedChatCompletion,
  WithResponseFormat,
} from "./parsed-chat-completion.js";

/**
 * `createChatCompletion`, then its structured output parsed and validated: `outputParsed` (and
 * each choice's `message.parsed`) is typed by the schema given to `responseFormat`. Throws
 * OutputParseError (issue paths and raw text kept) when the output does not match; a refusal
 * comes back as `refusal`, never as an error.
 */
export async function parseChatCompletion<
  Format extends NonNullable<CreateChatCompletionParams["response_format"]>,
>(
  client: Client,
  params: WithResponseFormat<CreateChatCompletionParams, Format>,
  options?: RequestOptions,
): Promise<ParsedChatCompletion<ChatOutputOf<Format>>> {
  const parse = outputParserOf<ParsedChatCompletion<ChatOutputOf<Format>>>(params.response_format);
  if (!parse) {
    // Checked before sending: nothing goes out half-built.
    throw new OpenAIError(
      "parseChatCompletion needs response_format made by responseFormat(schema, { name }); use createChatCompletion otherwise.",
    );
  }
  const completion = await createChatCompletion(
    client,
    params as CreateChatCompletionParams,
    options,
  );
  return parse(completion as never);
}
