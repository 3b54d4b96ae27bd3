import type { CreateImageEditParams, CreateImageParams } from "@oaikit/images";
import type { EmulatorState } from "../../emulator/state.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { bytesToBase64 } from "../../media/base64.js";
import { jsonReply, type Reply, typedEvents } from "../../wire/reply.js";
import { imagePng, imagesResponse, imageUsage } from "./image-output.js";

/** Partial images (as many as asked, up to 3), then the finished one, as the stream sends them. */
const imageEvents = (
  state: EmulatorState,
  body: CreateImageParams | CreateImageEditParams,
  kind: "image_generation" | "image_edit",
): Reply => {
  const common = {
    created_at: state.clock.seconds(),
    background: body.background ?? "auto",
    output_format: body.output_format ?? "png",
    quality:
      body.quality && body.quality !== "standard" && body.quality !== "hd" ? body.quality : "auto",
    size: ["1024x1024", "1024x1536", "1536x1024"].includes(body.size ?? "") ? body.size : "auto",
  };
  const b64 = bytesToBase64(imagePng(body.prompt, 0));
  const partials = Array.from({ length: Math.min(body.partial_images ?? 0, 3) }, (_, i) => ({
    type: `${kind}.partial_image`,
    ...common,
    partial_image_index: i,
    b64_json: b64,
  }));
  return {
    kind: "sse",
    messages: typedEvents([
      ...partials,
      { type: `${kind}.completed`, ...common, b64_json: b64, usage: imageUsage(body.prompt, 1) },
    ]),
  };
};

const blobsSeed = async (image: Blob | Blob[]): Promise<string> => {
  const first = Array.isArray(image) ? image[0] : image;
  return first
    ? `${first.size}:${new TextDecoder().decode(await first.slice(0, 64).arrayBuffer())}`
    : "";
};

export const imagesHandlers = {
  createImage: ({ state, body, streaming }) =>
    streaming
      ? imageEvents(state, body, "image_generation")
      : jsonReply(imagesResponse(state, body, body.prompt)),
  createImageEdit: async ({ state, body, streaming }) => {
    if (streaming) return imageEvents(state, body, "image_edit");
    const seed = `${body.prompt}|${await blobsSeed(body.image as Blob | Blob[])}`;
    return jsonReply(imagesResponse(state, body, seed));
  },
  createImageVariation: async ({ state, body }) =>
    jsonReply(
      imagesResponse(
        state,
        { ...body, prompt: "", size: body.size ?? null },
        await blobsSeed(body.image as Blob),
      ),
    ),
} satisfies Partial<OperationHandlers>;
