import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest, notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { fileText } from "../files/store.js";
import { findVectorStore, findVectorStoreFile } from "./find.js";
import { attachFile, countFiles, type StoredVectorStore, viewFile } from "./store.js";

const STATUSES = ["in_progress", "completed", "failed", "cancelled"];

const listFiles = (call: Call, store: StoredVectorStore, batchId?: string) => {
  const now = call.state.clock.now();
  const filter = call.query.get("filter");
  if (filter !== null && !STATUSES.includes(filter)) {
    throw invalidRequest(
      `Invalid 'filter': expected one of ${STATUSES.join(", ")}.`,
      "filter",
      "invalid_value",
    );
  }
  const files = [...store.files.values()]
    .filter((stored) => batchId === undefined || stored.batchId === batchId)
    .map((stored) => viewFile(stored, now))
    .filter((file) => filter === null || file.status === filter);
  return jsonReply(listPage(files, call.query, { limit: 20, maxLimit: 100, order: "desc" }));
};

const findBatch = (call: Call) => {
  const store = findVectorStore(call);
  const batch = store.batches.get(call.params.batch_id!);
  if (!batch) throw notFound(`No file batch found with id '${call.params.batch_id}'.`, "batch_id");
  return { store, batch };
};

const viewBatch = (
  call: Call,
  store: StoredVectorStore,
  batch: { id: string; created_at: number; cancelled: boolean },
) => {
  const files = [...store.files.values()].filter((stored) => stored.batchId === batch.id);
  const file_counts = countFiles(files, call.state.clock.now());
  const status = batch.cancelled
    ? "cancelled"
    : file_counts.in_progress > 0
      ? "in_progress"
      : "completed";
  return {
    id: batch.id,
    object: "vector_store.files_batch",
    created_at: batch.created_at,
    vector_store_id: store.object.id,
    status,
    file_counts,
  };
};

export const vectorStoreFilesHandlers = {
  createVectorStoreFile: (call) => {
    const store = findVectorStore(call);
    const { file_id, attributes, chunking_strategy } = call.body;
    const file = attachFile(call.state, store, {
      fileId: file_id,
      attributes,
      chunkingStrategy: chunking_strategy,
    });
    return jsonReply(viewFile(store.files.get(file.id)!, call.state.clock.now()));
  },

  listVectorStoreFiles: (call) => listFiles(call, findVectorStore(call)),

  retrieveVectorStoreFile: (call) =>
    jsonReply(viewFile(findVectorStoreFile(call), call.state.clock.now())),

  updateVectorStoreFile: (call) => {
    const stored = findVectorStoreFile(call);
    stored.file.attributes = call.body.attributes ?? {};
    return jsonReply(viewFile(stored, call.state.clock.now()));
  },

  deleteVectorStoreFile: (call) => {
    const stored = findVectorStoreFile(call);
    findVectorStore(call).files.delete(stored.file.id);
    return jsonReply({ id: stored.file.id, object: "vector_store.file.deleted", deleted: true });
  },

  retrieveVectorStoreFileContent: (call) => {
    const stored = findVectorStoreFile(call);
    const uploaded = call.state.stores.files.get(stored.file.id);
    return jsonReply({
      object: "vector_store.file_content.page",
      data: uploaded ? [{ type: "text", text: fileText(uploaded) }] : [],
      has_more: false,
      next_page: null,
    });
  },

  createVectorStoreFileBatch: (call) => {
    const store = findVectorStore(call);
    const { body, state } = call;
    const entries: { file_id: string; attributes?: unknown; chunking_strategy?: unknown }[] =
      body.files ?? (body.file_ids ?? []).map((file_id) => ({ file_id }));
    if (entries.length === 0) throw invalidRequest("Give file_ids or files.", "file_ids");
    const batch = {
      id: state.ids.alnum("vsfb_", 24),
      created_at: state.clock.seconds(),
      cancelled: false,
    };
    for (const entry of entries) {
      attachFile(state, store, {
        fileId: entry.file_id,
        attributes: entry.attributes ?? body.attributes,
        chunkingStrategy: entry.chunking_strategy ?? body.chunking_strategy,
        batchId: batch.id,
      });
    }
    store.batches.set(batch.id, batch);
    return jsonReply(viewBatch(call, store, batch));
  },

  retrieveVectorStoreFileBatch: (call) => {
    const { store, batch } = findBatch(call);
    return jsonReply(viewBatch(call, store, batch));
  },

  cancelVectorStoreFileBatch: (call) => {
    const { store, batch } = findBatch(call);
    const now = call.state.clock.now();
    for (const stored of store.files.values()) {
      if (stored.batchId === batch.id && now < stored.readyAt) stored.file.status = "cancelled";
    }
    batch.cancelled = viewBatch(call, store, batch).status !== "completed";
    return jsonReply(viewBatch(call, store, batch));
  },

  listVectorStoreFileBatchFiles: (call) => {
    const { store, batch } = findBatch(call);
    return listFiles(call, store, batch.id);
  },
} satisfies Partial<OperationHandlers>;
