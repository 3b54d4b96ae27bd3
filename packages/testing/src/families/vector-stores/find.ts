import type { Call } from "../../router/handler.js";
import { notFound } from "../../wire/api-error.js";
import type { StoredVectorStore, StoredVectorStoreFile } from "./store.js";

export const findVectorStore = ({ state, params }: Call): StoredVectorStore => {
  const id = params.vector_store_id!;
  const stored = state.stores.vectorStores.get(id);
  if (!stored) throw notFound(`No vector store found with id '${id}'.`, "vector_store_id");
  return stored;
};

export const findVectorStoreFile = (call: Call): StoredVectorStoreFile => {
  const store = findVectorStore(call);
  const id = call.params.file_id!;
  const stored = store.files.get(id);
  if (!stored) {
    throw notFound(
      `No file found with id '${id}' in vector store '${store.object.id}'.`,
      "file_id",
    );
  }
  return stored;
};
