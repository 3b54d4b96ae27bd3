import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveBatch } from "../generated/operations.js";
import type { RetrieveBatchParams } from "../generated/params.js";
import type { Batch } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed", "expired", "cancelled"]);

/**
 * Reads the batch until it has ended (completed, failed, expired or cancelled) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/batches/methods/retrieve
 */
export const waitForBatch = (
  client: Client,
  params: RetrieveBatchParams,
  options: WaitOptions<Batch> = {},
): Promise<Batch> =>
  poll((read) => retrieveBatch(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `batch ${params.batch_id} to end`,
  });
