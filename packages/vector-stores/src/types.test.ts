import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ListVectorStoreFilesParams,
  listVectorStoreFiles,
  SearchVectorStoreParams,
  VectorStoreFileObject,
  VectorStoreObject,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated vector store types", () => {
  it("search params need the store id and a query that is a string or strings", () => {
    expectTypeOf<{
      vector_store_id: "vs_1";
      query: "refunds";
    }>().toExtend<SearchVectorStoreParams>();
    expectTypeOf<{
      vector_store_id: "vs_1";
      query: ["a", "b"];
    }>().toExtend<SearchVectorStoreParams>();
    expectTypeOf<{ query: "refunds" }>().not.toExtend<SearchVectorStoreParams>();
  });

  it("file lists filter by the status enum and page over file objects", () => {
    expectTypeOf<ListVectorStoreFilesParams["filter"]>().toEqualTypeOf<
      "in_progress" | "completed" | "failed" | "cancelled" | undefined
    >();
    expectTypeOf<ItemOf<typeof listVectorStoreFiles>>().toEqualTypeOf<VectorStoreFileObject>();
  });

  it("nullable timestamps admit null", () => {
    expectTypeOf<VectorStoreObject["last_active_at"]>().toEqualTypeOf<number | null>();
    expectTypeOf<VectorStoreObject["expires_at"]>().toEqualTypeOf<number | null | undefined>();
  });
});
