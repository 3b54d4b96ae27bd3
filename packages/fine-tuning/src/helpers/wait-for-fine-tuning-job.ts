import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveFineTuningJob } from "../generated/operations.js";
import type { RetrieveFineTuningJobParams } from "../generated/params.js";
import type { FineTuningJob } from "../generated/types.js";

const ended = new Set<string>(["succeeded", "failed", "cancelled"]);

/**
 * Reads the fine-tuning job until it has ended (succeeded, failed or cancelled) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/fine_tuning/subresources/jobs/methods/retrieve
 */
export const waitForFineTuningJob = (
  client: Client,
  params: RetrieveFineTuningJobParams,
  options: WaitOptions<FineTuningJob> = {},
): Promise<FineTuningJob> =>
  poll((read) => retrieveFineTuningJob(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `fine-tuning job ${params.fine_tuning_job_id} to end`,
  });
