import { invalidRequest } from "../../wire/api-error.js";

type Message = Record<string, unknown>;

/**
 * As the API does: an assistant message with `tool_calls` must be followed by a `tool` message
 * for each call's id before the conversation goes on.
 */
export const checkToolReplies = (messages: readonly Message[]): void => {
  messages.forEach((message, index) => {
    if (message.role !== "assistant" || !Array.isArray(message.tool_calls)) return;
    const replied = new Set<unknown>();
    for (let i = index + 1; i < messages.length && messages[i]!.role === "tool"; i++) {
      replied.add(messages[i]!.tool_call_id);
    }
    const missing = (message.tool_calls as { id?: unknown }[])
      .map((call) => call.id)
      .filter((id) => !replied.has(id));
    if (missing.length > 0) {
      throw invalidRequest(
        "An assistant message with 'tool_calls' must be followed by tool messages responding " +
          `to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${missing.join(", ")}`,
        `messages.[${index}].role`,
      );
    }
  });
};
