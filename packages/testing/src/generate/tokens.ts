/** A stable stand-in for a tokenizer: about four characters per token. */
export const countTokens = (text: string): number => (text === "" ? 0 : Math.ceil(text.length / 4));

/** Splits text into word-sized deltas whose concatenation is exactly the text. */
export const wordDeltas = (text: string): string[] =>
  text === "" ? [] : text.split(/(?<=\s)(?=\S)/);

/** Splits text into fixed-size deltas (tool-call arguments stream this way). */
export const sizedDeltas = (text: string, size = 8): string[] => {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
};
