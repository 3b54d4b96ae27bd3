/** A chat completion created with `store: true`, with the messages that produced it. */
export interface StoredChatCompletion {
  id: string;
  completion: Record<string, unknown>;
  messages: Record<string, unknown>[];
  metadata: Record<string, string>;
}
