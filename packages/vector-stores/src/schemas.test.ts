import * as v from "valibot";
import { expect, it } from "vitest";
import { CreateVectorStoreFileBatchParamsSchema } from "./schemas.js";

// The request body is closed (no extra keys) and a union; the path parameter must still fit.
it("a closed union body accepts its path parameter alongside either member", () => {
  expect(
    v.is(CreateVectorStoreFileBatchParamsSchema, { vector_store_id: "vs_1", file_ids: ["f"] }),
  ).toBe(true);
  expect(
    v.is(CreateVectorStoreFileBatchParamsSchema, {
      vector_store_id: "vs_1",
      files: [{ file_id: "f" }],
    }),
  ).toBe(true);
});

it("a closed union body still rejects unknown keys and a missing path parameter", () => {
  expect(
    v.is(CreateVectorStoreFileBatchParamsSchema, {
      vector_store_id: "vs_1",
      file_ids: ["f"],
      bogus: 1,
    }),
  ).toBe(false);
  expect(v.is(CreateVectorStoreFileBatchParamsSchema, { file_ids: ["f"] })).toBe(false);
  expect(v.is(CreateVectorStoreFileBatchParamsSchema, { vector_store_id: "vs_1" })).toBe(false);
});
