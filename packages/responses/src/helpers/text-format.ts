import { type InferOutput, jsonSchemaOf, outputParser, type StandardSchema } from "@oaikit/core";
import type { TextResponseFormatJsonSchema } from "@oaikit/types";
import type { Response } from "../generated/types.js";
import { type ParsedResponse, parsedResponse } from "./parsed-response.js";

/** A `json_schema` text format that also knows how to parse and validate its output. */
export interface TextFormat<Output> extends TextResponseFormatJsonSchema {
  readonly [outputParser]: (response: Response) => Promise<ParsedResponse<Output>>;
}

export interface TextFormatOptions {
  /** The format's name (letters, digits, `_` and `-`, at most 64). */
  name: string;
  description?: string | undefined;
  /** Strict structured outputs (default true): every object closed, every property required. */
  strict?: boolean | undefined;
  /** The JSON Schema to send, for a schema that cannot make its own. */
  jsonSchema?: Record<string, unknown> | undefined;
}

/**
 * The `text.format` of a Responses request whose output must follow `schema`, any Standard
 * Schema that can give a JSON Schema: zod 4 and arktype as they are, valibot through
 * `toStandardJsonSchema` from `@valibot/to-json-schema`. `parseResponse` and
 * `streamResponse(...).finalResponse()` then give `outputParsed`, typed and validated.
 *
 * ```ts
 * const Answer = z.object({ city: z.string(), celsius: z.number() });
 * const res = await parseResponse(client, {
 *   model: "gpt-5.1",
 *   input: "Warmest city in Europe today?",
 *   text: { format: textFormat(Answer, { name: "answer" }) },
 * });
 * res.outputParsed?.celsius;
 * ```
 */
export const textFormat = <Schema extends StandardSchema>(
  schema: Schema,
  options: TextFormatOptions,
): TextFormat<InferOutput<Schema>> => {
  const strict = options.strict ?? true;
  return {
    type: "json_schema",
    name: options.name,
    ...(options.description === undefined ? {} : { description: options.description }),
    schema: jsonSchemaOf(schema, {
      field: "text.format.schema",
      strict,
      jsonSchema: options.jsonSchema,
    }),
    strict,
    [outputParser]: (response) =>
      parsedResponse(response, schema as StandardSchema<InferOutput<Schema>>, options.name),
  };
};
