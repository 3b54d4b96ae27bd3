import { describe, expectTypeOf, it } from "vitest";
import {
  type GraderPython,
  type RunGraderParams,
  type RunGraderResponse,
  runGrader,
  type ValidateGraderParams,
  type ValidateGraderResponse,
  validateGrader,
} from "./index.js";

type Grader = RunGraderParams["grader"];
const python = { type: "python", name: "p", source: "def grade(s, i): return 1" } as const;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Graders types", () => {
  it("runGrader requires a grader and the model sample and resolves to RunGraderResponse", () => {
    expectTypeOf<{ grader: typeof python; model_sample: "x" }>().toExtend<RunGraderParams>();
    expectTypeOf<{ grader: typeof python }>().not.toExtend<RunGraderParams>();
    expectTypeOf<{ model_sample: "x" }>().not.toExtend<RunGraderParams>();
    expectTypeOf(runGrader).returns.toEqualTypeOf<Promise<RunGraderResponse>>();
  });

  it("graders are a union discriminated by type, each with its own required fields", () => {
    expectTypeOf<Extract<Grader, { type: "python" }>>().toEqualTypeOf<GraderPython>();
    expectTypeOf<Omit<typeof python, "source">>().not.toExtend<Grader>();
    expectTypeOf<Omit<typeof python, "type"> & { type: "javascript" }>().not.toExtend<Grader>();
    const similarity = {
      type: "text_similarity",
      name: "t",
      input: "{{sample.output_text}}",
      reference: "{{item.answer}}",
      evaluation_metric: "bleu",
    } as const;
    expectTypeOf(similarity).toExtend<Grader>();
    expectTypeOf<
      Omit<typeof similarity, "evaluation_metric"> & { evaluation_metric: "jaccard" }
    >().not.toExtend<Grader>();
  });

  it("validateGrader requires a grader and echoes an optional one back", () => {
    expectTypeOf<{ grader: typeof python }>().toExtend<ValidateGraderParams>();
    expectTypeOf({}).not.toExtend<ValidateGraderParams>();
    expectTypeOf(validateGrader).returns.toEqualTypeOf<Promise<ValidateGraderResponse>>();
    expectTypeOf<ValidateGraderResponse["grader"]>().toEqualTypeOf<Grader | undefined>();
  });

  it("run metadata keeps its nullable usage and error details", () => {
    expectTypeOf<RunGraderResponse["metadata"]["token_usage"]>().toEqualTypeOf<number | null>();
    expectTypeOf<
      RunGraderResponse["metadata"]["errors"]["python_grader_runtime_error_details"]
    >().toEqualTypeOf<string | null>();
    expectTypeOf<RunGraderResponse["reward"]>().toEqualTypeOf<number>();
  });
});
