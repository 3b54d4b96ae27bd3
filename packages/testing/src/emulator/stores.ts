import type { StoredBatch } from "../families/batches/store.js";
import type { StoredChatCompletion } from "../families/chat/store.js";
import type { StoredConversation } from "../families/conversations/store.js";
import type { StoredFile } from "../families/files/store.js";
import type { StoredResponse } from "../families/responses/store.js";
import type { StoredUpload } from "../families/uploads/store.js";
import type { StoredVectorStore } from "../families/vector-stores/store.js";

/** The in-memory objects of one emulator, one map per family, in creation order. */
export interface Stores {
  responses: Map<string, StoredResponse>;
  chatCompletions: Map<string, StoredChatCompletion>;
  files: Map<string, StoredFile>;
  vectorStores: Map<string, StoredVectorStore>;
  batches: Map<string, StoredBatch>;
  uploads: Map<string, StoredUpload>;
  conversations: Map<string, StoredConversation>;
}

export const createStores = (): Stores => ({
  responses: new Map(),
  chatCompletions: new Map(),
  files: new Map(),
  vectorStores: new Map(),
  batches: new Map(),
  uploads: new Map(),
  conversations: new Map(),
});
