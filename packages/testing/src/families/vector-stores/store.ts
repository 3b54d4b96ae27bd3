import type { EmulatorState } from "../../emulator/state.js";
import { invalidRequest } from "../../wire/api-error.js";
import { DEFAULT_CHUNKING, type StaticChunking } from "./chunk-text.js";

export interface VectorStoreFile {
  id: string;
  object: "vector_store.file";
  usage_bytes: number;
  created_at: number;
  vector_store_id: string;
  status: string;
  last_error: { code: string; message: string } | null;
  chunking_strategy: { type: "static"; static: StaticChunking };
  attributes: Record<string, string | number | boolean>;
}

export interface StoredVectorStoreFile {
  file: VectorStoreFile;
  /** Emulator-clock ms when processing finishes. */
  readyAt: number;
  batchId: string | undefined;
  /** Why processing fails once it finishes; undefined when it succeeds. */
  failure?: { code: string; message: string };
}

// The file types file search reads; an upload with another extension fails processing.
const searchable = new Set(
  "c cpp cs css doc docx go html java js json md pdf php pptx py rb sh tex ts txt".split(" "),
);

const unsupported = (filename: string) => {
  const dot = filename.lastIndexOf(".");
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : "";
  return extension !== "" && !searchable.has(extension)
    ? {
        code: "unsupported_file",
        message: `Files of type .${extension} are not supported for file search.`,
      }
    : undefined;
};

export interface StoredVectorStore {
  object: Record<string, unknown> & { id: string; created_at: number };
  files: Map<string, StoredVectorStoreFile>;
  batches: Map<string, { id: string; created_at: number; cancelled: boolean }>;
}

export const fileStatus = (stored: StoredVectorStoreFile, now: number) =>
  stored.file.status === "cancelled"
    ? "cancelled"
    : now < stored.readyAt
      ? "in_progress"
      : stored.failure
        ? "failed"
        : "completed";

export const countFiles = (files: readonly StoredVectorStoreFile[], now: number) => {
  const counts = { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: files.length };
  for (const file of files) counts[fileStatus(file, now)]++;
  return counts;
};

/** The vector store as a read at `now` sees it. */
export const viewVectorStore = (stored: StoredVectorStore, now: number) => {
  const files = [...stored.files.values()];
  const file_counts = countFiles(files, now);
  return {
    ...stored.object,
    usage_bytes: files.reduce((sum, file) => sum + file.file.usage_bytes, 0),
    file_counts,
    status: file_counts.in_progress > 0 ? "in_progress" : "completed",
  };
};

const readChunking = (strategy: unknown): StaticChunking => {
  const value = strategy as { type?: string; static?: StaticChunking } | undefined;
  if (value?.type !== "static" || !value.static) return DEFAULT_CHUNKING;
  const { max_chunk_size_tokens: max, chunk_overlap_tokens: overlap } = value.static;
  if (!Number.isInteger(max) || max < 100 || max > 4096) {
    throw invalidRequest(
      "'max_chunk_size_tokens' must be an integer between 100 and 4096.",
      "chunking_strategy.static.max_chunk_size_tokens",
      "invalid_value",
    );
  }
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > max / 2) {
    throw invalidRequest(
      "'chunk_overlap_tokens' must be an integer between 0 and half of max_chunk_size_tokens.",
      "chunking_strategy.static.chunk_overlap_tokens",
      "invalid_value",
    );
  }
  return { max_chunk_size_tokens: max, chunk_overlap_tokens: overlap };
};

/** Attaches an uploaded file to a vector store; the file must exist. */
export const attachFile = (
  state: EmulatorState,
  store: StoredVectorStore,
  fields: { fileId: string; attributes?: unknown; chunkingStrategy?: unknown; batchId?: string },
): VectorStoreFile => {
  const uploaded = state.stores.files.get(fields.fileId);
  if (!uploaded) {
    throw invalidRequest(`File '${fields.fileId}' not found.`, "file_id", "file_not_found");
  }
  const file: VectorStoreFile = {
    id: fields.fileId,
    object: "vector_store.file",
    usage_bytes: uploaded.content.length,
    created_at: state.clock.seconds(),
    vector_store_id: store.object.id,
    status: "in_progress",
    last_error: null,
    chunking_strategy: { type: "static", static: readChunking(fields.chunkingStrategy) },
    attributes: (fields.attributes as VectorStoreFile["attributes"]) ?? {},
  };
  store.files.delete(file.id);
  const failure = unsupported(String(uploaded.object.filename));
  store.files.set(file.id, {
    file,
    readyAt: state.clock.now() + state.options.durations.vectorStoreFile,
    batchId: fields.batchId,
    ...(failure && { failure }),
  });
  return file;
};

export const viewFile = (stored: StoredVectorStoreFile, now: number): VectorStoreFile => {
  const status = fileStatus(stored, now);
  return { ...stored.file, status, last_error: status === "failed" ? stored.failure! : null };
};
