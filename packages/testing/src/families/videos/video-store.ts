import { placeholderMp4 } from "../../media/mp4.js";
import { colourOf, solidPng } from "../../media/png.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";

export const videos = defineResource({
  label: "video",
  idParam: "video_id",
  newId: ({ state }) => state.ids.hex("video_", 32),
});

export const characters = defineResource({
  label: "character",
  idParam: "character_id",
  newId: ({ state }) => state.ids.hex("char_", 32),
});

const DAY = 86_400;

/** Stores a queued video; it renders over `durations.video` on the emulator clock. */
export const queueVideo = (
  call: Call,
  fields: {
    prompt: string;
    model?: string | undefined;
    seconds?: string | undefined;
    size?: string | undefined;
    remixed_from_video_id?: string | null;
  },
): Item =>
  videos.add(call, {
    object: "video",
    status: "queued",
    progress: 0,
    prompt: fields.prompt,
    model: fields.model ?? "sora-2",
    seconds: fields.seconds ?? "4",
    size: fields.size ?? "720x1280",
    remixed_from_video_id: fields.remixed_from_video_id ?? null,
    completed_at: null,
    expires_at: null,
    error: null,
    startedAt: call.state.clock.now(),
  });

/** The create answer: the stored video without the emulator's bookkeeping. */
export const queuedView = ({ startedAt: _, ...video }: Item) => video;

/**
 * The video as a read sees it: the create answer says queued; later reads say in progress
 * (with its percentage) until `durations.video` has passed on the emulator clock, then
 * completed, with the content downloadable; or failed, when the emulator's `moderate` option
 * flags the prompt, as the API blocks a video its moderation refuses.
 */
export const viewVideo = (video: Item, { state }: Call): Item => {
  const { startedAt, ...shown } = video;
  const total = state.options.durations.video;
  const elapsed = state.clock.now() - startedAt;
  if (elapsed >= total) {
    const done = Math.floor((startedAt + total) / 1000);
    const flagged = state.options.moderate(String(shown.prompt));
    if (flagged.length > 0) {
      return {
        ...shown,
        status: "failed",
        error: {
          code: "moderation_blocked",
          message: `The request was blocked by moderation (${flagged.join(", ")}).`,
        },
      };
    }
    return {
      ...shown,
      status: "completed",
      progress: 100,
      completed_at: done,
      expires_at: done + DAY,
    };
  }
  return { ...shown, status: "in_progress", progress: Math.floor((elapsed / total) * 100) };
};

/** The bytes of a finished video's `variant`. */
export const videoContent = (video: Item, variant: string) =>
  variant === "video"
    ? { bytes: placeholderMp4(video.prompt), type: "video/mp4" }
    : {
        bytes: solidPng(colourOf(video.prompt), variant === "spritesheet" ? 16 : 8),
        type: "image/png",
      };
