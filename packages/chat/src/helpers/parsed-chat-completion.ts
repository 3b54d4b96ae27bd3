import { parseOutput, type StandardSchema } from "@oaikit/core";
import type { CreateChatCompletionResponse } from "../generated/types.js";
import type { ResponseFormat } from "./response-format.js";

type Choice = CreateChatCompletionResponse["choices"][number];

/** A chat completion with each choice's structured output parsed. */
export type ParsedChatCompletion<Output> = Omit<CreateChatCompletionResponse, "choices"> & {
  choices: Array<Choice & { message: Choice["message"] & { parsed: Output | null } }>;
  /** The first choice's content parsed and validated; null without content or on a refusal. */
  outputParsed: Output | null;
  /** The first choice's refusal, when the model refused. */
  refusal: string | null;
};

/** What a `responseFormat`'s output parses to. */
export type ChatOutputOf<Format> = Format extends ResponseFormat<infer Output> ? Output : never;

/** The final completion of a call with this `response_format`: parsed when `responseFormat` made it. */
export type CompletionWithOutput<Format> = [ChatOutputOf<Format>] extends [never]
  ? CreateChatCompletionResponse
  : ParsedChatCompletion<ChatOutputOf<Format>>;

/** Params whose `response_format` is inferred, so its schema types the parsed output. */
export type WithResponseFormat<Params, Format> = Omit<Params, "response_format"> & {
  response_format?: Format;
};

/**
 * Adds `parsed` to each choice's message, and `outputParsed`/`refusal` of the first choice: the
 * content parsed as JSON and validated by `schema` (OutputParseError when it is not JSON or not
 * valid); a refusal is returned, never thrown.
 */
export const parsedChatCompletion = async <Output>(
  completion: CreateChatCompletionResponse,
  schema: StandardSchema<Output>,
  name: string,
): Promise<ParsedChatCompletion<Output>> => {
  const choices = await Promise.all(
    completion.choices.map(async (choice) => {
      const { content, refusal } = choice.message;
      const parsed =
        typeof content === "string" && !refusal ? await parseOutput(schema, content, name) : null;
      return { ...choice, message: { ...choice.message, parsed } };
    }),
  );
  const first = choices[0]?.message;
  return {
    ...completion,
    choices,
    outputParsed: first?.parsed ?? null,
    refusal: first?.refusal ?? null,
  };
};
