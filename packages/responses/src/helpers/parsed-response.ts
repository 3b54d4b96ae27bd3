import { parseOutput, type StandardSchema } from "@oaikit/core";
import type { Response } from "../generated/types.js";
import type { TextFormat } from "./text-format.js";

/** A response with its structured output parsed. */
export type ParsedResponse<Output> = Response & {
  /** The output text parsed as JSON and validated by the schema; null without text or on a refusal. */
  outputParsed: Output | null;
  /** What the model said instead of answering, when it refused. */
  refusal: string | null;
};

/** What a `textFormat`'s output parses to. */
export type OutputOf<Format> = Format extends TextFormat<infer Output> ? Output : never;

/** The final response of a call with this `text.format`: parsed when `textFormat` made it. */
export type ResponseWithOutput<Format> = [OutputOf<Format>] extends [never]
  ? Response
  : ParsedResponse<OutputOf<Format>>;

/** Params whose `text.format` is inferred, so its schema types the parsed output. */
export type WithTextFormat<Params extends { text?: unknown }, Format> = Omit<Params, "text"> & {
  text?: Omit<NonNullable<Params["text"]>, "format"> & { format?: Format };
};

/**
 * Adds `outputParsed` and `refusal` to a response: the text of its assistant messages parsed as
 * JSON and validated by `schema` (OutputParseError when it is not JSON or not valid); a refusal
 * is returned, never thrown.
 */
export const parsedResponse = async <Output>(
  response: Response,
  schema: StandardSchema<Output>,
  name: string,
): Promise<ParsedResponse<Output>> => {
  let text: string | undefined;
  let refusal: string | null = null;
  for (const item of response.output) {
    if (item.type !== "message") continue;
    for (const part of item.content) {
      if (part.type === "output_text") text = (text ?? "") + part.text;
      else if (part.type === "refusal") refusal = (refusal ?? "") + part.refusal;
    }
  }
  const outputParsed =
    text !== undefined && refusal === null ? await parseOutput(schema, text, name) : null;
  return { ...response, outputParsed, refusal };
};
