import type { CreateVideoCharacterParams } from "@oaikit/videos";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import {
  characters,
  queuedView,
  queueVideo,
  videoContent,
  videos,
  viewVideo,
} from "./video-store.js";

/** A video given by reference (`{ id }`) must exist; an uploaded one is taken as is. */
const sourceVideo = (call: Call, video: unknown) => {
  if (video && typeof video === "object" && "id" in video) {
    return viewVideo(videos.find(call, String((video as { id: string }).id)), call);
  }
  return undefined;
};

export const videosHandlers = {
  createVideo: (call) => jsonReply(queuedView(queueVideo(call, call.body))),
  listVideos: videos.list({ view: viewVideo }),
  retrieveVideo: videos.retrieve(viewVideo),
  deleteVideo: videos.remove(),
  downloadVideoContent: (call) => {
    const video = viewVideo(videos.find(call), call);
    if (video.status !== "completed") {
      throw invalidRequest(
        `Video ${video.id} is ${video.status}; its content is not ready.`,
        "video_id",
      );
    }
    const { bytes, type } = videoContent(video, call.body.variant ?? "video");
    return { kind: "bytes", status: 200, body: bytes, contentType: type };
  },
  remixVideo: (call) => {
    const source = viewVideo(videos.find(call), call);
    return jsonReply(
      queuedView(
        queueVideo(call, {
          prompt: call.body.prompt,
          model: source.model,
          seconds: source.seconds,
          size: source.size,
          remixed_from_video_id: source.id,
        }),
      ),
    );
  },
  editVideo: (call) => {
    const source = sourceVideo(call, call.body.video);
    return jsonReply(queuedView(queueVideo(call, { ...source, prompt: call.body.prompt })));
  },
  extendVideo: (call) => {
    const source = sourceVideo(call, call.body.video);
    return jsonReply(
      queuedView(
        queueVideo(call, { ...source, prompt: call.body.prompt, seconds: call.body.seconds }),
      ),
    );
  },
  createVideoCharacter: characters.create(({ body }: Call<CreateVideoCharacterParams>) => ({
    name: body.name,
  })),
  retrieveVideoCharacter: characters.retrieve(),
} satisfies Partial<OperationHandlers>;
