import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveResponse } from "../generated/operations.js";
import type { RetrieveResponseParams } from "../generated/params.js";
import type { Response } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed", "cancelled", "incomplete"]);

/**
 * Reads the background response until it has ended (completed, failed, cancelled or incomplete) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/responses/methods/retrieve
 */
export const waitForResponse = (
  client: Client,
  params: RetrieveResponseParams,
  options: WaitOptions<Response> = {},
): Promise<Response> =>
  poll((read) => retrieveResponse(client, params, read), {
    ...options,
    until: (value) => value.status !== undefined && ended.has(value.status),
    what: `response ${params.response_id} to end`,
  });
