import type { Generation } from "../../generate/generate.js";

/**
 * A generation cut at `max_output_tokens`, as the API stops a model that reaches it: the text
 * and refusal end at the limit (the emulator's tokens are four characters), tool calls that did
 * not fit are dropped, and usage counts the limit. `undefined` when the output fits.
 */
export const cutAtOutputLimit = (
  generation: Generation,
  limit: unknown,
): Generation | undefined => {
  if (typeof limit !== "number" || generation.usage.output <= limit) return undefined;
  const chars = limit * 4;
  return {
    text: generation.text?.slice(0, chars),
    refusal: generation.refusal?.slice(0, chars),
    toolCalls: [],
    usage: { input: generation.usage.input, output: limit },
  };
};
