import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";
import { evaluateFormula } from "./formula.js";

const run = (grader: unknown, model_sample: string, item: unknown = {}) =>
  api(createEmulator().fetch).post("/fine_tuning/alpha/graders/run", {
    grader,
    model_sample,
    item,
  });

describe("/v1/fine_tuning/alpha/graders", () => {
  it("runs a string check against the item's reference", async () => {
    const grader = {
      type: "string_check",
      name: "exact",
      input: "{{sample.output_text}}",
      reference: "{{item.answer}}",
      operation: "eq",
    };
    expect((await run(grader, "4", { answer: "4" })).body.reward).toBe(1);
    expect((await run(grader, "5", { answer: "4" })).body.reward).toBe(0);
    expect(
      (await run({ ...grader, operation: "ilike" }, "It is FOUR", { answer: "four" })).body.reward,
    ).toBe(1);
  });

  it("scores text similarity between 0 and 1", async () => {
    const grader = {
      type: "text_similarity",
      name: "sim",
      input: "{{sample.output_text}}",
      reference: "the cat sat",
      evaluation_metric: "fuzzy_match",
    };
    const close = (await run(grader, "the cat sits")).body.reward;
    const far = (await run(grader, "quantum chromodynamics")).body.reward;
    expect(close).toBeGreaterThan(far);
    expect((await run(grader, "the cat sat")).body.reward).toBe(1);
  });

  it("combines a multi grader's scores with its formula", async () => {
    const grader = {
      type: "multi",
      name: "total",
      calculate_output: "0.5 * exact + 0.25",
      graders: {
        type: "string_check",
        name: "exact",
        input: "{{sample.output_text}}",
        reference: "a",
        operation: "eq",
      },
    };
    const { body } = await run(grader, "a");
    expect(body.reward).toBe(0.75);
    expect(body.sub_rewards).toEqual({ exact: 1 });
  });

  it("evaluates formulas with precedence and parentheses, and refuses unknown names", () => {
    expect(evaluateFormula("2 + 3 * (a - 1) / 2", { a: 3 })).toBe(5);
    expect(() => evaluateFormula("b + 1", { a: 1 })).toThrow(/calculate_output/);
  });
});
