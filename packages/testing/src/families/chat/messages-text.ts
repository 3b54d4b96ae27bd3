const contentText = (content: unknown): string => {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (typeof part?.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join(" ");
};

type Message = Record<string, unknown>;

/** What the echo repeats: the last user message's text, or the last tool result. */
export const lastChatText = (messages: readonly Message[]): string => {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role === "user" || message.role === "tool") return contentText(message.content);
  }
  return "";
};

/** All message text, for the token estimate. */
export const allChatText = (messages: readonly Message[]): string =>
  messages.map((message) => contentText(message.content)).join("\n");
