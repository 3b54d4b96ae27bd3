/** A request message's content as stored message parts: text becomes `{ value, annotations }`. */
export const messageContent = (content: unknown): Record<string, unknown>[] => {
  if (typeof content === "string") return [textPart(content)];
  return (content as Record<string, any>[]).map((part) =>
    part.type === "text" && typeof part.text === "string" ? textPart(part.text) : part,
  );
};

export const textPart = (value: string) => ({ type: "text", text: { value, annotations: [] } });

/** The text of stored message parts. */
export const messageText = (content: readonly Record<string, any>[]): string =>
  content
    .filter((part) => part.type === "text")
    .map((part) => part.text.value)
    .join(" ");
