import type { Client, WaitOptions } from "@oaikit/core";
import { createVectorStoreFileBatch } from "../generated/operations.js";
import type { CreateVectorStoreFileBatchParams } from "../generated/params.js";
import type { VectorStoreFileBatchObject } from "../generated/types.js";
import { waitForVectorStoreFileBatch } from "./wait-for-vector-store-file-batch.js";

/**
 * Attaches files already uploaded to a vector store as one file batch, and waits until the batch
 * has ended (`completed`, `failed` or `cancelled`): check its `status` and `file_counts`.
 *
 * @see https://developers.openai.com/api/reference/resources/vector_stores/subresources/file_batches/methods/create
 */
export const createFileBatchAndWait = async (
  client: Client,
  params: CreateVectorStoreFileBatchParams,
  options: WaitOptions<VectorStoreFileBatchObject> = {},
): Promise<VectorStoreFileBatchObject> => {
  const batch = await createVectorStoreFileBatch(
    client,
    params,
    options.signal ? { signal: options.signal } : {},
  );
  return waitForVectorStoreFileBatch(
    client,
    { vector_store_id: params.vector_store_id, batch_id: batch.id },
    options,
  );
};
