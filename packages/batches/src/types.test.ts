import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type Batch,
  type BatchError,
  type CreateBatchParams,
  cancelBatch,
  type listBatches,
  type RetrieveBatchParams,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

const createParams = {
  input_file_id: "file_1",
  endpoint: "/v1/responses",
  completion_window: "24h",
} as const;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Batch types", () => {
  it("createBatch requires the input file, an endpoint of the enum and the 24h window", () => {
    expectTypeOf(createParams).toExtend<CreateBatchParams>();
    expectTypeOf<Omit<typeof createParams, "input_file_id">>().not.toExtend<CreateBatchParams>();
    expectTypeOf<
      Omit<typeof createParams, "completion_window">
    >().not.toExtend<CreateBatchParams>();
    expectTypeOf<
      Omit<typeof createParams, "endpoint"> & { endpoint: "/v1/fine_tuning/jobs" }
    >().not.toExtend<CreateBatchParams>();
    expectTypeOf<
      Omit<typeof createParams, "completion_window"> & { completion_window: "48h" }
    >().not.toExtend<CreateBatchParams>();
  });

  it("retrieve and cancel take the batch id and resolve to a Batch", () => {
    expectTypeOf<{ batch_id: "batch_1" }>().toExtend<RetrieveBatchParams>();
    expectTypeOf<{ id: "batch_1" }>().not.toExtend<RetrieveBatchParams>();
    expectTypeOf(cancelBatch).returns.toEqualTypeOf<Promise<Batch>>();
  });

  it("listBatches pages over batches whose status is a closed enum and error line nullable", () => {
    expectTypeOf<ItemOf<typeof listBatches>>().toEqualTypeOf<Batch>();
    expectTypeOf<"finalizing">().toExtend<Batch["status"]>();
    expectTypeOf<"paused">().not.toExtend<Batch["status"]>();
    expectTypeOf<BatchError["line"]>().toEqualTypeOf<number | null | undefined>();
  });
});
