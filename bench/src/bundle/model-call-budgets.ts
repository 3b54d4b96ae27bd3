import type { BudgetOutcome } from "./budgets.js";
import type { BundleSize } from "./measure-bundle.js";

/**
 * Gzip bytes the model-call helpers (issue 11) may add, loaded up front, over a bare core
 * request: the 8,000 B for streamResponse + finalResponse was set when that request
 * weighed 3,580 B, so the budget follows core instead of charging the helpers for its growth.
 */
export const modelCallBudgets: Record<string, number> = {
  "responses-stream-final": 4_600,
  "chat-stream-final": 4_800,
  // The 14,000 B and 16,000 B, valibot and @valibot/to-json-schema included, less that 3,580 B.
  "responses-parse-valibot": 10_420,
  "responses-run-tools": 12_420,
};

const kb = (bytes: number): string => `${bytes.toLocaleString("en-US")} B`;

export const checkModelCallBudgets = (sizes: Map<string, BundleSize>): BudgetOutcome => {
  const lines: string[] = [];
  const failures: string[] = [];
  const core = sizes.get("core-request");
  for (const [id, budget] of Object.entries(modelCallBudgets)) {
    const size = sizes.get(id);
    const added = size && core ? size.gzipBytes - core.gzipBytes : undefined;
    const text =
      size && added !== undefined
        ? `${size.label}: ${kb(size.gzipBytes)} gzip, ${kb(added)} over a bare core request (budget ${kb(budget)})`
        : `${id} bundle could not be built: build its packages first`;
    const ok = added !== undefined && added <= budget;
    lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
    if (!ok) failures.push(text);
  }
  return { lines, failures };
};
