import { type Client, poll, type WaitOptions } from "@oaikit/core";
import { retrieveVideo } from "../generated/operations.js";
import type { RetrieveVideoParams } from "../generated/params.js";
import type { VideoResource } from "../generated/types.js";

const ended = new Set<string>(["completed", "failed"]);

/**
 * Reads the video until it has ended (completed or failed) and resolves with it: check its
 * `status`, an ending other than success is not thrown. Waits as the server asks
 * (`openai-poll-after-ms`), else backs off from `intervalMs`; `timeoutMs` and `signal` bound it.
 *
 * @see https://developers.openai.com/api/reference/resources/videos/methods/retrieve
 */
export const waitForVideo = (
  client: Client,
  params: RetrieveVideoParams,
  options: WaitOptions<VideoResource> = {},
): Promise<VideoResource> =>
  poll((read) => retrieveVideo(client, params, read), {
    ...options,
    until: (value) => ended.has(value.status),
    what: `video ${params.video_id} to be rendered`,
  });
