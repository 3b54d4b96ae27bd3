import { type InferOutput, jsonSchemaOf, outputParser, type StandardSchema } from "@oaikit/core";
import type { ResponseFormatJsonSchema } from "@oaikit/types";
import type { CreateChatCompletionResponse } from "../generated/types.js";
import { type ParsedChatCompletion, parsedChatCompletion } from "./parsed-chat-completion.js";

/** A `json_schema` response format that also knows how to parse and validate its output. */
export interface ResponseFormat<Output> extends ResponseFormatJsonSchema {
  readonly [outputParser]: (
    completion: CreateChatCompletionResponse,
  ) => Promise<ParsedChatCompletion<Output>>;
}

export interface ResponseFormatOptions {
  /** The format's name (letters, digits, `_` and `-`, at most 64). */
  name: string;
  description?: string | undefined;
  /** Strict structured outputs (default true): every object closed, every property required. */
  strict?: boolean | undefined;
  /** The JSON Schema to send, for a schema that cannot make its own. */
  jsonSchema?: Record<string, unknown> | undefined;
}

/**
 * The `response_format` of a Chat Completions request whose output must follow `schema`, any
 * Standard Schema that can give a JSON Schema (zod 4, arktype; valibot through
 * `toStandardJsonSchema` from `@valibot/to-json-schema`). `parseChatCompletion` and
 * `finalChatCompletion()` then give `outputParsed`, typed and validated.
 *
 * ```ts
 * const completion = await parseChatCompletion(client, {
 *   model: "gpt-4o",
 *   messages,
 *   response_format: responseFormat(Answer, { name: "answer" }),
 * });
 * completion.outputParsed?.celsius;
 * ```
 */
export const responseFormat = <Schema extends StandardSchema>(
  schema: Schema,
  options: ResponseFormatOptions,
): ResponseFormat<InferOutput<Schema>> => {
  const strict = options.strict ?? true;
  return {
    type: "json_schema",
    json_schema: {
      name: options.name,
      ...(options.description === undefined ? {} : { description: options.description }),
      schema: jsonSchemaOf(schema, {
        field: "response_format.json_schema.schema",
        strict,
        jsonSchema: options.jsonSchema,
      }),
      strict,
    },
    [outputParser]: (completion) =>
      parsedChatCompletion(completion, schema as StandardSchema<InferOutput<Schema>>, options.name),
  };
};
