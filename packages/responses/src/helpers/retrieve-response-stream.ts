import { type Client, pathParam, type RequestOptions, requestStream } from "@oaikit/core";
import type { RetrieveResponseStreamParams } from "../generated/params.js";
import { type ResponseStream, responseStream } from "./response-stream.js";

/**
 * `GET /responses/{response_id}?stream=true`: the events of a stored background response, from
 * after `starting_after` (or from the start), as a ResponseStream that resumes by itself when
 * the connection drops.
 *
 * @see https://developers.openai.com/api/reference/resources/responses/methods/retrieve
 */
export function retrieveResponseStream(
  client: Client,
  params: RetrieveResponseStreamParams,
  options?: RequestOptions,
): ResponseStream {
  const { response_id, ...query } = params;
  const path = `/responses/${pathParam("response_id", response_id)}`;
  return responseStream({
    open: (control) =>
      requestStream(
        client,
        { method: "GET", path, query: { ...query, stream: true } },
        options,
        control,
      ),
    resume: (_id, startingAfter) => ({
      method: "GET",
      path,
      query: { ...query, stream: true, starting_after: startingAfter },
    }),
    responseId: response_id,
    startingAfter: query.starting_after,
  });
}

/**
 * Picks up the stream of a background response after the event numbered `startingAfter`
 * (e.g. after a process restart, with the last `sequence_number` it saw); without it, from the
 * start. The same ResponseStream as `streamResponse` gives.
 *
 * ```ts
 * const stream = resumeResponseStream(client, { responseId, startingAfter: 41 });
 * const response = await stream.finalResponse();
 * ```
 */
export function resumeResponseStream(
  client: Client,
  params: { responseId: string; startingAfter?: number | undefined },
  options?: RequestOptions,
): ResponseStream {
  return retrieveResponseStream(
    client,
    { response_id: params.responseId, starting_after: params.startingAfter },
    options,
  );
}
