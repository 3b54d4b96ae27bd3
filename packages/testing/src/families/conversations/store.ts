import type { Item } from "../responses/input-items.js";

export interface StoredConversation {
  object: {
    id: string;
    object: "conversation";
    created_at: number;
    metadata: Record<string, string>;
  };
  items: Item[];
}
