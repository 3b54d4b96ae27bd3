import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveVectorStoreFile } from "../generated/operations.js";
import type { RetrieveVectorStoreFileParams } from "../generated/params.js";
import type { VectorStoreFileObject } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed", "cancelled"]);

/**
 * Reads the vector store file until it has ended (completed, failed or cancelled) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/vector_stores/subresources/files/methods/retrieve
 */
export const waitForVectorStoreFile = (
  client: Client,
  params: RetrieveVectorStoreFileParams,
  options: WaitOptions<VectorStoreFileObject> = {},
): Promise<VectorStoreFileObject> =>
  poll((read) => retrieveVectorStoreFile(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `file ${params.file_id} of vector store ${params.vector_store_id} to be processed`,
  });
