import { evaluateFormula } from "./formula.js";
import { renderTemplate } from "./template.js";

export type Grader = Record<string, any> & { type: string; name: string };

const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);

/** Levenshtein distance, for fuzzy matching. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
};

/** A 0..1 similarity: edit distance for fuzzy_match, word overlap for the other metrics. */
const similarity = (metric: string, input: string, reference: string): number => {
  if (metric === "fuzzy_match") {
    const longest = Math.max(input.length, reference.length);
    return longest === 0 ? 1 : 1 - distance(input, reference) / longest;
  }
  const a = new Set(words(input));
  const b = new Set(words(reference));
  const shared = [...a].filter((word) => b.has(word)).length;
  return a.size + b.size === 0 ? 1 : (2 * shared) / (a.size + b.size);
};

const like = (input: string, reference: string, caseless: boolean) =>
  caseless ? input.toLowerCase().includes(reference.toLowerCase()) : input.includes(reference);

/**
 * Scores a sample with a grader. String checks and text similarity are computed; python and
 * model graders are not run by the emulator and score 1; a multi grader evaluates its formula.
 */
export const grade = (grader: Grader, context: Record<string, unknown>): Record<string, number> => {
  const render = (template: string) => renderTemplate(template, context);
  switch (grader.type) {
    case "string_check": {
      const input = render(grader.input);
      const reference = render(grader.reference);
      const passed =
        grader.operation === "eq"
          ? input === reference
          : grader.operation === "ne"
            ? input !== reference
            : like(input, reference, grader.operation === "ilike");
      return { [grader.name]: passed ? 1 : 0 };
    }
    case "text_similarity":
      return {
        [grader.name]: similarity(
          grader.evaluation_metric,
          render(grader.input),
          render(grader.reference),
        ),
      };
    case "multi": {
      const scores = grade(grader.graders, context);
      return { ...scores, [grader.name]: evaluateFormula(grader.calculate_output, scores) };
    }
    default:
      return { [grader.name]: 1 };
  }
};
