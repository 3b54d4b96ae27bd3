import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateEvalParams,
  type CreateEvalRunParams,
  type DeleteEvalResponse,
  type DeleteEvalRunResponse,
  deleteEval,
  deleteEvalRun,
  type EvalRun,
  type EvalRunOutputItem,
  type ListEvalRunOutputItemsParams,
  type ListEvalRunsParams,
  type listEvalRunOutputItems,
  type listEvalRuns,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

type DataSourceConfig = CreateEvalParams["data_source_config"];
type Criterion = CreateEvalParams["testing_criteria"][number];

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Evals types", () => {
  it("createEval requires a data source config and testing criteria", () => {
    expectTypeOf<{
      data_source_config: { type: "logs" };
      testing_criteria: [];
    }>().toExtend<CreateEvalParams>();
    expectTypeOf<{ testing_criteria: [] }>().not.toExtend<CreateEvalParams>();
    expectTypeOf<{ data_source_config: { type: "logs" } }>().not.toExtend<CreateEvalParams>();
  });

  it("data source configs, run data sources and graders are unions discriminated by type", () => {
    expectTypeOf<{
      type: "custom";
      item_schema: { type: "object" };
    }>().toExtend<DataSourceConfig>();
    expectTypeOf<{ type: "custom" }>().not.toExtend<DataSourceConfig>();
    expectTypeOf<{ type: "warehouse" }>().not.toExtend<DataSourceConfig>();
    const check = {
      type: "string_check",
      name: "exact",
      input: "{{sample.output_text}}",
      reference: "{{item.answer}}",
      operation: "eq",
    } as const;
    expectTypeOf(check).toExtend<Criterion>();
    expectTypeOf<{
      eval_id: "eval_1";
      data_source: { type: "jsonl"; source: { type: "file_id"; id: "file_1" } };
    }>().toExtend<CreateEvalRunParams>();
    expectTypeOf<{
      eval_id: "eval_1";
      data_source: { type: "jsonl" };
    }>().not.toExtend<CreateEvalRunParams>();
    expectTypeOf<
      Omit<typeof check, "operation"> & { operation: "contains" }
    >().not.toExtend<Criterion>();
  });

  it("runs need the eval id, filter by the status enum and page over EvalRun", () => {
    expectTypeOf<{ eval_id: "eval_1"; status: "completed" }>().toExtend<ListEvalRunsParams>();
    expectTypeOf<{ eval_id: "eval_1"; status: "done" }>().not.toExtend<ListEvalRunsParams>();
    expectTypeOf<{ status: "completed" }>().not.toExtend<ListEvalRunsParams>();
    expectTypeOf<ItemOf<typeof listEvalRuns>>().toEqualTypeOf<EvalRun>();
  });

  it("output items filter by pass/fail and page over EvalRunOutputItem; deleteEval has its inline shape", () => {
    expectTypeOf<ListEvalRunOutputItemsParams["status"]>().toEqualTypeOf<
      "fail" | "pass" | undefined
    >();
    expectTypeOf<{
      eval_id: "eval_1";
      status: "pass";
    }>().not.toExtend<ListEvalRunOutputItemsParams>();
    expectTypeOf<ItemOf<typeof listEvalRunOutputItems>>().toEqualTypeOf<EvalRunOutputItem>();
    expectTypeOf(deleteEval).returns.toEqualTypeOf<
      Promise<{ deleted: boolean; eval_id: string; object: string }>
    >();
  });

  it("inline delete answers are declared once as named, exported <Function>Response types", () => {
    expectTypeOf(deleteEval).returns.toEqualTypeOf<Promise<DeleteEvalResponse>>();
    expectTypeOf(deleteEvalRun).returns.toEqualTypeOf<Promise<DeleteEvalRunResponse>>();
    expectTypeOf<DeleteEvalResponse>().toEqualTypeOf<{
      deleted: boolean;
      eval_id: string;
      object: string;
    }>();
    expectTypeOf<DeleteEvalRunResponse>().toEqualTypeOf<{
      deleted?: boolean;
      object?: string;
      run_id?: string;
    }>();
  });
});
