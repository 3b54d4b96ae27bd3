import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveVectorStoreFileBatch } from "../generated/operations.js";
import type { RetrieveVectorStoreFileBatchParams } from "../generated/params.js";
import type { VectorStoreFileBatchObject } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed", "cancelled"]);

/**
 * Reads the vector store file batch until it has ended (completed, failed or cancelled) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/vector_stores/subresources/file_batches/methods/retrieve
 */
export const waitForVectorStoreFileBatch = (
  client: Client,
  params: RetrieveVectorStoreFileBatchParams,
  options: WaitOptions<VectorStoreFileBatchObject> = {},
): Promise<VectorStoreFileBatchObject> =>
  poll((read) => retrieveVectorStoreFileBatch(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `file batch ${params.batch_id} of vector store ${params.vector_store_id} to end`,
  });
