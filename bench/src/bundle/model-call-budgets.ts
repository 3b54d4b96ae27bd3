import type { BudgetOutcome } from "./budgets.js";
import type { BundleSize } from "./measure-bundle.js";

/** Gzip budgets of the model-call helpers (issue 11), loaded up front, by entry id. */
export const modelCallBudgets: Record<string, number> = {
  "responses-create": 3_700,
  "responses-stream-final": 8_000,
  "chat-stream-final": 8_500,
};

const kb = (bytes: number): string => `${bytes.toLocaleString("en-US")} B`;

export const checkModelCallBudgets = (sizes: Map<string, BundleSize>): BudgetOutcome => {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [id, budget] of Object.entries(modelCallBudgets)) {
    const size = sizes.get(id);
    const text = size
      ? `${size.label}: ${kb(size.gzipBytes)} gzip (budget ${kb(budget)})`
      : `${id} bundle could not be built: build its packages first`;
    const ok = size !== undefined && size.gzipBytes <= budget;
    lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
    if (!ok) failures.push(text);
  }
  return { lines, failures };
};
