import type { RealtimeConversationItem } from "../generated/types.js";

type Part = Record<string, unknown> & { type?: string };

/**
 * The item as `conversation.item.create` can send it again on a new session, or the reason it
 * cannot. Spoken content comes back as text when its transcript is known (a new session cannot
 * be handed the model's own audio), and is kept as audio when the item holds the audio itself.
 */
export const restorableItem = (
  item: RealtimeConversationItem,
): { item: RealtimeConversationItem } | { reason: string } => {
  const { object: _object, ...rest } = item as RealtimeConversationItem & { object?: string };
  if (rest.type !== "message") return { item: rest as RealtimeConversationItem };
  const parts: Part[] = [];
  for (const part of (rest.content ?? []) as Part[]) {
    if (part.type === "input_audio") {
      if (typeof part.audio === "string") parts.push({ type: "input_audio", audio: part.audio });
      else if (typeof part.transcript === "string" && part.transcript)
        parts.push({ type: "input_text", text: part.transcript });
      else return { reason: "spoken input with neither its audio nor a transcript" };
    } else if (part.type === "output_audio") {
      if (typeof part.transcript === "string" && part.transcript)
        parts.push({ type: "output_text", text: part.transcript });
      else return { reason: "spoken output without a transcript" };
    } else {
      parts.push(part);
    }
  }
  return { item: { ...rest, content: parts } as RealtimeConversationItem };
};
