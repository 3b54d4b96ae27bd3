import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveEvalRun } from "../generated/operations.js";
import type { RetrieveEvalRunParams } from "../generated/params.js";
import type { EvalRun } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed", "canceled"]);

/**
 * Reads the eval run until it has ended (completed, failed or canceled) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/evals/subresources/runs/methods/retrieve
 */
export const waitForEvalRun = (
  client: Client,
  params: RetrieveEvalRunParams,
  options: WaitOptions<EvalRun> = {},
): Promise<EvalRun> =>
  poll((read) => retrieveEvalRun(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `run ${params.run_id} of eval ${params.eval_id} to end`,
  });
