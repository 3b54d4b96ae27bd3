import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateFileParams,
  downloadFileContent,
  type listFiles,
  type OpenAIFile,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Files types", () => {
  it("uploads take a Blob and one of the purpose enum values", () => {
    expectTypeOf<{ file: Blob; purpose: "batch" }>().toExtend<CreateFileParams>();
    expectTypeOf<{ file: Blob; purpose: "holiday" }>().not.toExtend<CreateFileParams>();
    expectTypeOf<{ purpose: "batch" }>().not.toExtend<CreateFileParams>();
  });

  it("content downloads resolve to the raw Response; lists page over files", () => {
    expectTypeOf(downloadFileContent).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<ItemOf<typeof listFiles>>().toEqualTypeOf<OpenAIFile>();
  });
});
