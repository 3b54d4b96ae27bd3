import type { Item } from "../../records/collection.js";
import { type Grader, grade } from "../graders/grade.js";
import { sampleContext } from "../graders/graders.js";
import type { RunRow } from "./run-items.js";

/** Whether a criterion's score passes: its `pass_threshold`, else a full score for checks. */
const passes = (criterion: Record<string, any>, score: number) =>
  score >= (criterion.pass_threshold ?? (criterion.type === "string_check" ? 1 : 0.5));

/** The output item of one graded row, as the API lists it. */
export const gradeRow = (row: RunRow, index: number, criteria: readonly Record<string, any>[]) => {
  const context = sampleContext(row.output, row.item);
  const results = criteria.map((criterion) => {
    const score = grade(criterion as Grader, context)[criterion.name] ?? 0;
    return {
      name: criterion.name,
      type: criterion.type,
      score,
      passed: passes(criterion, score),
      sample: null,
    };
  });
  return {
    object: "eval.run.output_item",
    datasource_item: row.item,
    datasource_item_id: index,
    status: results.every((result) => result.passed) ? "pass" : "fail",
    results,
    sample: {
      input: row.input,
      output: [{ role: "assistant", content: row.output }],
      model: row.model,
      finish_reason: "stop",
      usage: {
        ...row.usage,
        cached_tokens: 0,
        total_tokens: row.usage.prompt_tokens + row.usage.completion_tokens,
      },
      temperature: 1,
      top_p: 1,
      seed: 0,
      max_completion_tokens: 0,
    },
  };
};

/** A run's totals from its output items. */
export const runTotals = (
  items: readonly Item[],
  criteria: readonly Record<string, any>[],
  rows: readonly RunRow[],
) => {
  const passed = items.filter((item) => item.status === "pass").length;
  const models = [...new Set(rows.filter((row) => row.input.length > 0).map((row) => row.model))];
  return {
    result_counts: { total: items.length, passed, failed: items.length - passed, errored: 0 },
    per_testing_criteria_results: criteria.map((criterion) => {
      const ok = items.filter((item) =>
        item.results.some((result: Item) => result.name === criterion.name && result.passed),
      ).length;
      return { testing_criteria: criterion.name, passed: ok, failed: items.length - ok };
    }),
    per_model_usage: models.map((model) => {
      const used = rows.filter((row) => row.model === model);
      const prompt = used.reduce((sum, row) => sum + row.usage.prompt_tokens, 0);
      const completion = used.reduce((sum, row) => sum + row.usage.completion_tokens, 0);
      return {
        model_name: model,
        invocation_count: used.length,
        prompt_tokens: prompt,
        completion_tokens: completion,
        total_tokens: prompt + completion,
        cached_tokens: 0,
      };
    }),
  };
};
