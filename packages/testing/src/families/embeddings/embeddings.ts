import { countTokens } from "../../generate/tokens.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { embeddingVector, toBase64 } from "./embedding-vector.js";

/** text-embedding-3-large is 3072 wide; the other models 1536. */
const defaultDimensions = (model: string) => (model.includes("3-large") ? 3072 : 1536);

const inputs = (input: unknown): string[] => {
  if (typeof input === "string") return [input];
  const list = input as unknown[];
  if (list.every((item) => typeof item === "string")) return list as string[];
  if (list.every((item) => typeof item === "number")) return [JSON.stringify(list)];
  return list.map((tokens) => JSON.stringify(tokens));
};

export const embeddingsHandlers = {
  createEmbedding: ({ state, body }) => {
    const texts = inputs(body.input);
    if (texts.length === 0 || texts.some((text) => text === "" || text === "[]")) {
      throw invalidRequest(
        "'input' must not be empty, nor contain empty strings.",
        "input",
        "invalid_value",
      );
    }
    const max = defaultDimensions(body.model);
    if (
      body.dimensions !== undefined &&
      (body.model.includes("ada-002") || body.dimensions > max)
    ) {
      throw invalidRequest(
        `'dimensions' must be between 1 and ${max} for ${body.model}.`,
        "dimensions",
        "invalid_value",
      );
    }
    const dimensions = body.dimensions ?? max;
    const tokens = texts.reduce((sum, text) => sum + countTokens(text), 0);
    state.rateLimits.countTokens(tokens);
    return jsonReply({
      object: "list",
      data: texts.map((text, index) => {
        const vector = embeddingVector(`${body.model}\n${text}`, dimensions);
        return {
          object: "embedding",
          index,
          // The spec types only the float form; `encoding_format: "base64"` sends a string.
          embedding: (body.encoding_format === "base64"
            ? toBase64(vector)
            : vector) as unknown as number[],
        };
      }),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  },
} satisfies Partial<OperationHandlers>;
