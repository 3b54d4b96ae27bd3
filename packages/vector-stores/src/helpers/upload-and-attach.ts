import { type Client, type FileLike, ValidationError } from "@oaikit/core";
import { type UploadFileOptions, uploadFile } from "@oaikit/uploads";
import type { VectorStoreFileBatchObject } from "../generated/types.js";
import { createFileBatchAndWait } from "./create-file-batch-and-wait.js";

export interface UploadAndAttachProgress {
  /** Files uploaded so far (all of them once the batch is processing). */
  uploaded: number;
  total: number;
  /** The file batch as last read, once every file is uploaded and attached. */
  batch: VectorStoreFileBatchObject | undefined;
}

export interface UploadAndAttachOptions {
  /** Files uploaded at once. Default 3. */
  concurrency?: number;
  onProgress?: (progress: UploadAndAttachProgress) => void;
  signal?: AbortSignal;
  /** Options of each file's `uploadFile` (part size, concurrency of parts...). */
  upload?: Omit<UploadFileOptions, "purpose" | "signal" | "onProgress" | "resume">;
  /** First wait between reads of the file batch, in ms. Default 1000. */
  intervalMs?: number;
  timeoutMs?: number;
}

/**
 * Uploads `files` (anything `uploadFile` takes; large ones go in parts), `concurrency` at a time,
 * attaches them to the vector store as one file batch and waits until it has been processed.
 * Resolves with the batch: check `file_counts.failed`. An upload that fails rejects before
 * anything is attached.
 */
export const uploadAndAttach = async (
  client: Client,
  vectorStoreId: string,
  files: readonly FileLike[],
  options: UploadAndAttachOptions = {},
): Promise<VectorStoreFileBatchObject> => {
  if (!Array.isArray(files) || files.length === 0) {
    throw new ValidationError("files", "files must be a non-empty array of files to upload.");
  }
  const concurrency = options.concurrency ?? 3;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new ValidationError(
      "concurrency",
      `concurrency must be a whole number >= 1; got ${String(concurrency)}.`,
    );
  }
  const { signal, onProgress } = options;
  const ids = new Array<string>(files.length);
  let next = 0;
  let uploaded = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < files.length) {
      const index = next++;
      const file = await uploadFile(client, files[index]!, {
        ...options.upload,
        purpose: "assistants",
        ...(signal && { signal }),
      }).catch((error: unknown) => {
        failed = true; // the other workers start no new upload
        throw error;
      });
      ids[index] = file.id;
      uploaded++;
      onProgress?.({ uploaded, total: files.length, batch: undefined });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return createFileBatchAndWait(
    client,
    { vector_store_id: vectorStoreId, file_ids: ids },
    {
      ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(signal && { signal }),
      onProgress: (batch) => onProgress?.({ uploaded, total: files.length, batch }),
    },
  );
};
