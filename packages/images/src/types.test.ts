import type { Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateImageEditParams,
  type CreateImageParams,
  type CreateImageVariationParams,
  createImage,
  type ImageEditStreamEvent,
  type ImageGenStreamEvent,
  type ImagesResponse,
  type ImagesUsage,
  type StreamImageParams,
  streamImage,
  streamImageEdit,
} from "./index.js";

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Images types", () => {
  it("createImage requires a prompt, checks its enums and refuses stream: true", () => {
    expectTypeOf<{ prompt: "a cat"; quality: "high" }>().toExtend<CreateImageParams>();
    expectTypeOf<{ quality: "high" }>().not.toExtend<CreateImageParams>();
    expectTypeOf<{ prompt: "a cat"; output_format: "gif" }>().not.toExtend<CreateImageParams>();
    expectTypeOf<{ prompt: "a cat"; stream: true }>().not.toExtend<CreateImageParams>();
    expectTypeOf<CreateImageParams["background"]>().toEqualTypeOf<
      "transparent" | "opaque" | "auto" | null | undefined
    >();
    expectTypeOf(createImage).returns.toEqualTypeOf<Promise<ImagesResponse>>();
  });

  it("streamImage yields generation events; the partial image event narrows by type", () => {
    expectTypeOf(streamImage).returns.toEqualTypeOf<Stream<ImageGenStreamEvent>>();
    expectTypeOf<StreamImageParams>().not.toHaveProperty("stream");
    type PartialImage = Extract<ImageGenStreamEvent, { type: "image_generation.partial_image" }>;
    expectTypeOf<PartialImage["partial_image_index"]>().toEqualTypeOf<number>();
    expectTypeOf<PartialImage>().not.toHaveProperty("usage");
  });

  it("edits take one Blob or several plus a prompt; streamImageEdit yields edit events", () => {
    expectTypeOf<{ image: Blob; prompt: "hat" }>().toExtend<CreateImageEditParams>();
    expectTypeOf<{ image: Blob[]; prompt: "hat" }>().toExtend<CreateImageEditParams>();
    expectTypeOf<{ image: "cat.png"; prompt: "hat" }>().not.toExtend<CreateImageEditParams>();
    expectTypeOf<{ image: Blob }>().not.toExtend<CreateImageEditParams>();
    expectTypeOf(streamImageEdit).returns.toEqualTypeOf<Stream<ImageEditStreamEvent>>();
    type Completed = Extract<ImageEditStreamEvent, { type: "image_edit.completed" }>;
    expectTypeOf<Completed["usage"]>().toEqualTypeOf<ImagesUsage>();
  });

  it("variations need an image and accept only the dall-e-2 sizes", () => {
    expectTypeOf<{ image: Blob; size: "512x512" }>().toExtend<CreateImageVariationParams>();
    expectTypeOf<{ image: Blob; size: "1792x1024" }>().not.toExtend<CreateImageVariationParams>();
    expectTypeOf<{ size: "512x512" }>().not.toExtend<CreateImageVariationParams>();
  });
});
