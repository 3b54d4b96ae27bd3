import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateVideoParams,
  type DownloadVideoContentParams,
  downloadVideoContent,
  type EditVideoParams,
  type ExtendVideoParams,
  type ListVideosParams,
  type listVideos,
  type RemixVideoParams,
  type VideoResource,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Videos types", () => {
  it("createVideo requires a prompt and checks the size and seconds enums", () => {
    expectTypeOf<{
      prompt: "a wave";
      size: "1280x720";
      seconds: "8";
    }>().toExtend<CreateVideoParams>();
    expectTypeOf<{ size: "1280x720" }>().not.toExtend<CreateVideoParams>();
    expectTypeOf<{ prompt: "a wave"; size: "1920x1080" }>().not.toExtend<CreateVideoParams>();
    expectTypeOf<{ prompt: "a wave"; seconds: 8 }>().not.toExtend<CreateVideoParams>();
    expectTypeOf<{ prompt: "a wave"; input_reference: Blob }>().toExtend<CreateVideoParams>();
    expectTypeOf<{
      prompt: "a wave";
      input_reference: { file_id: "file_1" };
    }>().toExtend<CreateVideoParams>();
  });

  it("downloadVideoContent resolves to the raw Response and takes the variant enum", () => {
    expectTypeOf(downloadVideoContent).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<{
      video_id: "video_1";
      variant: "thumbnail";
    }>().toExtend<DownloadVideoContentParams>();
    expectTypeOf<{
      video_id: "video_1";
      variant: "poster";
    }>().not.toExtend<DownloadVideoContentParams>();
    expectTypeOf<{ variant: "video" }>().not.toExtend<DownloadVideoContentParams>();
  });

  it("listVideos pages over videos with a status enum and nullable error and timestamps", () => {
    expectTypeOf<ItemOf<typeof listVideos>>().toEqualTypeOf<VideoResource>();
    expectTypeOf<{ order: "sideways" }>().not.toExtend<ListVideosParams>();
    expectTypeOf<VideoResource["status"]>().toEqualTypeOf<
      "queued" | "in_progress" | "completed" | "failed"
    >();
    expectTypeOf<null>().toExtend<VideoResource["error"]>();
    expectTypeOf<VideoResource["completed_at"]>().toEqualTypeOf<number | null>();
  });

  it("remix, edit and extend take a source video (id or Blob) and a prompt; extend also seconds", () => {
    expectTypeOf<{ video_id: "video_1"; prompt: "slower" }>().toExtend<RemixVideoParams>();
    expectTypeOf<{ prompt: "slower" }>().not.toExtend<RemixVideoParams>();
    expectTypeOf<{ video: { id: "video_1" }; prompt: "slower" }>().toExtend<EditVideoParams>();
    expectTypeOf<{ video: Blob; prompt: "slower" }>().toExtend<EditVideoParams>();
    expectTypeOf<{ video: "video_1"; prompt: "slower" }>().not.toExtend<EditVideoParams>();
    expectTypeOf<{ video: { id: "video_1" }; prompt: "more" }>().not.toExtend<ExtendVideoParams>();
    expectTypeOf<{
      video: { id: "video_1" };
      prompt: "more";
      seconds: "4";
    }>().toExtend<ExtendVideoParams>();
  });
});
