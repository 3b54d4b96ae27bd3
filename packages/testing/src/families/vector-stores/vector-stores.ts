import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import { jsonReply } from "../../wire/reply.js";
import { fileText } from "../files/store.js";
import { matchesFilter } from "./attribute-filter.js";
import { chunkText } from "./chunk-text.js";
import { findVectorStore } from "./find.js";
import { searchChunks } from "./search-chunks.js";
import { attachFile, fileStatus, type StoredVectorStore, viewVectorStore } from "./store.js";

const expiry = (createdAt: number, expiresAfter: { days: number } | null | undefined) =>
  expiresAfter ? createdAt + expiresAfter.days * 86_400 : null;

export const vectorStoresHandlers = {
  createVectorStore: ({ state, body }) => {
    const created = state.clock.seconds();
    const stored: StoredVectorStore = {
      object: {
        id: state.ids.alnum("vs_", 24),
        object: "vector_store",
        created_at: created,
        name: body.name ?? "",
        expires_after: body.expires_after ?? null,
        expires_at: expiry(created, body.expires_after),
        last_active_at: created,
        metadata: body.metadata ?? {},
      },
      files: new Map(),
      batches: new Map(),
    };
    for (const fileId of body.file_ids ?? []) {
      attachFile(state, stored, { fileId, chunkingStrategy: body.chunking_strategy });
    }
    state.stores.vectorStores.set(stored.object.id, stored);
    return jsonReply(viewVectorStore(stored, state.clock.now()));
  },

  listVectorStores: ({ state, query }) => {
    const now = state.clock.now();
    const all = [...state.stores.vectorStores.values()].map((stored) =>
      viewVectorStore(stored, now),
    );
    return jsonReply(listPage(all, query, { limit: 20, maxLimit: 100, order: "desc" }));
  },

  retrieveVectorStore: (call) =>
    jsonReply(viewVectorStore(findVectorStore(call), call.state.clock.now())),

  updateVectorStore: (call) => {
    const stored = findVectorStore(call);
    const { name, metadata, expires_after } = call.body;
    if (name !== undefined) stored.object.name = name ?? "";
    if (metadata !== undefined) stored.object.metadata = metadata ?? {};
    if (expires_after !== undefined) {
      stored.object.expires_after = expires_after;
      stored.object.expires_at = expiry(stored.object.created_at, expires_after);
    }
    return jsonReply(viewVectorStore(stored, call.state.clock.now()));
  },

  deleteVectorStore: (call) => {
    const stored = findVectorStore(call);
    call.state.stores.vectorStores.delete(stored.object.id);
    return jsonReply({ id: stored.object.id, object: "vector_store.deleted", deleted: true });
  },

  searchVectorStore: (call) => {
    const { state, body } = call;
    const store = findVectorStore(call);
    const now = state.clock.now();
    const queries = typeof body.query === "string" ? [body.query] : body.query;
    const candidates = [...store.files.values()]
      .filter((stored) => fileStatus(stored, now) === "completed")
      .filter((stored) => !body.filters || matchesFilter(body.filters, stored.file.attributes))
      .flatMap((stored) => {
        const uploaded = state.stores.files.get(stored.file.id);
        if (!uploaded) return [];
        return chunkText(fileText(uploaded), stored.file.chunking_strategy.static).map((chunk) => ({
          fileId: stored.file.id,
          filename: uploaded.object.filename,
          attributes: stored.file.attributes,
          chunk,
        }));
      });
    store.object.last_active_at = state.clock.seconds();
    return jsonReply({
      object: "vector_store.search_results.page",
      search_query: queries,
      data: searchChunks(
        candidates,
        queries,
        body.ranking_options?.score_threshold ?? 0,
        body.max_num_results ?? 10,
      ),
      has_more: false,
      next_page: null,
    });
  },
} satisfies Partial<OperationHandlers>;
