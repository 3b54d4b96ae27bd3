import type { StoredBatch } from "../families/batches/store.js";
import type { StoredChatCompletion } from "../families/chat/store.js";
import type { StoredConversation } from "../families/conversations/store.js";
import type { StoredFile } from "../families/files/store.js";
import type { StoredResponse } from "../families/responses/store.js";
import type { StoredUpload } from "../families/uploads/store.js";
import type { StoredVectorStore } from "../families/vector-stores/store.js";
import type { Item } from "../records/collection.js";

/** The in-memory objects of one emulator, one map per family, in creation order. */
export interface Stores {
  responses: Map<string, StoredResponse>;
  chatCompletions: Map<string, StoredChatCompletion>;
  files: Map<string, StoredFile>;
  vectorStores: Map<string, StoredVectorStore>;
  batches: Map<string, StoredBatch>;
  uploads: Map<string, StoredUpload>;
  conversations: Map<string, StoredConversation>;
  /** The families built on generic resources, one map per collection key. */
  records: Map<string, Map<string, Item>>;
  /** Binary content (audio, video, skill archives...) by the id of the object it belongs to. */
  blobs: Map<string, { bytes: Uint8Array; type: string }>;
}

export const createStores = (): Stores => ({
  responses: new Map(),
  chatCompletions: new Map(),
  files: new Map(),
  vectorStores: new Map(),
  batches: new Map(),
  uploads: new Map(),
  conversations: new Map(),
  records: new Map(),
  blobs: new Map(),
});
