import { describe, expectTypeOf, it } from "vitest";
import {
  type C2PAProvenanceResult,
  type CreateContentProvenanceCheckParams,
  type CreateModerationParams,
  type CreateModerationResponse,
  createContentProvenanceCheck,
  createModeration,
  type ProvenanceResource,
} from "./index.js";

type Result = CreateModerationResponse["results"][number];
type Provenance = ProvenanceResource["results"][number];

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Moderations types", () => {
  it("createModeration requires input: text, texts, or parts discriminated by type", () => {
    expectTypeOf<{ input: "hello" }>().toExtend<CreateModerationParams>();
    expectTypeOf<{
      input: [{ type: "image_url"; image_url: { url: "https://x/y.png" } }];
    }>().toExtend<CreateModerationParams>();
    expectTypeOf<{
      input: [{ type: "image_url"; text: "hi" }];
    }>().not.toExtend<CreateModerationParams>();
    expectTypeOf<{
      input: [{ type: "audio"; text: "hi" }];
    }>().not.toExtend<CreateModerationParams>();
    expectTypeOf<{ model: "omni-moderation-latest" }>().not.toExtend<CreateModerationParams>();
    expectTypeOf(createModeration).returns.toEqualTypeOf<Promise<CreateModerationResponse>>();
  });

  it("results keep nullable illicit flags and the applied input type enums", () => {
    expectTypeOf<Result["categories"]["illicit"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf<Result["categories"]["hate"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Result["category_applied_input_types"]["violence"]>().toEqualTypeOf<
      ("text" | "image")[]
    >();
    expectTypeOf<Result["category_scores"]["self-harm"]>().toEqualTypeOf<number>();
  });

  it("provenance checks take a Blob and return results discriminated by type", () => {
    expectTypeOf<{ file: Blob }>().toExtend<CreateContentProvenanceCheckParams>();
    expectTypeOf<{ file: "image.png" }>().not.toExtend<CreateContentProvenanceCheckParams>();
    expectTypeOf(createContentProvenanceCheck).returns.toEqualTypeOf<Promise<ProvenanceResource>>();
    expectTypeOf<Extract<Provenance, { type: "c2pa" }>>().toEqualTypeOf<C2PAProvenanceResult>();
    expectTypeOf<Provenance["outcome"]>().toEqualTypeOf<"detected" | "not_detected">();
    expectTypeOf<Provenance["generated_at"]>().toEqualTypeOf<string | null>();
  });
});
