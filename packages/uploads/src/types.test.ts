import { describe, expectTypeOf, it } from "vitest";
import {
  type AddUploadPartParams,
  addUploadPart,
  type CompleteUploadParams,
  type CreateUploadParams,
  completeUpload,
  type OpenAIFile,
  type Upload,
  type UploadPart,
} from "./index.js";

const upload = {
  bytes: 1024,
  filename: "train.jsonl",
  mime_type: "text/jsonl",
  purpose: "fine-tune",
} as const;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Uploads types", () => {
  it("createUpload requires bytes, filename, mime type and a purpose of the enum", () => {
    expectTypeOf(upload).toExtend<CreateUploadParams>();
    expectTypeOf<Omit<typeof upload, "bytes">>().not.toExtend<CreateUploadParams>();
    expectTypeOf<Omit<typeof upload, "mime_type">>().not.toExtend<CreateUploadParams>();
    expectTypeOf<
      Omit<typeof upload, "purpose"> & { purpose: "user_data" }
    >().not.toExtend<CreateUploadParams>();
  });

  it("parts carry a Blob for an upload id and resolve to an UploadPart", () => {
    expectTypeOf<{ upload_id: "upload_1"; data: Blob }>().toExtend<AddUploadPartParams>();
    expectTypeOf<{ upload_id: "upload_1"; data: "chunk" }>().not.toExtend<AddUploadPartParams>();
    expectTypeOf<{ data: Blob }>().not.toExtend<AddUploadPartParams>();
    expectTypeOf(addUploadPart).returns.toEqualTypeOf<Promise<UploadPart>>();
  });

  it("completeUpload needs the part ids; the finished file is nullable and status a closed enum", () => {
    expectTypeOf<{
      upload_id: "upload_1";
      part_ids: ["part_1"];
    }>().toExtend<CompleteUploadParams>();
    expectTypeOf<{ upload_id: "upload_1" }>().not.toExtend<CompleteUploadParams>();
    expectTypeOf(completeUpload).returns.toEqualTypeOf<Promise<Upload>>();
    expectTypeOf<Upload["file"]>().toEqualTypeOf<OpenAIFile | null | undefined>();
    expectTypeOf<Upload["status"]>().toEqualTypeOf<
      "pending" | "completed" | "cancelled" | "expired"
    >();
  });
});
