import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type DeleteModelParams,
  type DeleteModelResponse,
  deleteModel,
  type ListModelsParams,
  type listModels,
  type Model,
  type RetrieveModelParams,
  retrieveModel,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Models types", () => {
  it("retrieve and delete require the model id and resolve to their own shapes", () => {
    expectTypeOf<{ model: "gpt-4o" }>().toExtend<RetrieveModelParams>();
    expectTypeOf<{ id: "gpt-4o" }>().not.toExtend<RetrieveModelParams>();
    expectTypeOf({}).not.toExtend<DeleteModelParams>();
    expectTypeOf(retrieveModel).returns.toEqualTypeOf<Promise<Model>>();
    expectTypeOf(deleteModel).returns.toEqualTypeOf<Promise<DeleteModelResponse>>();
  });

  it("listModels takes no query fields and pages over Model", () => {
    expectTypeOf({}).toExtend<ListModelsParams>();
    expectTypeOf<{ limit: 10 }>().not.toExtend<ListModelsParams>();
    expectTypeOf<ItemOf<typeof listModels>>().toEqualTypeOf<Model>();
  });

  it("a model's object is the literal model and its shutdown date is nullable", () => {
    expectTypeOf<Model["object"]>().toEqualTypeOf<"model">();
    expectTypeOf<Model["shutdown_date"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<DeleteModelResponse["deleted"]>().toEqualTypeOf<boolean>();
  });
});
