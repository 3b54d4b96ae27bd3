import type { BudgetOutcome } from "./budgets.js";
import type { BundleSize } from "./measure-bundle.js";

/** Gzip byte budgets of @oaikit/webhooks (issue 13), valibot only in the lazy chunk. */
export const webhookBudgets = {
  verifyWebhook: 2_000,
  createWebhookHandler: 4_000,
};

const kb = (bytes: number): string => `${bytes.toLocaleString("en-US")} B`;

export const checkWebhookBudgets = (sizes: Map<string, BundleSize>): BudgetOutcome => {
  const lines: string[] = [];
  const failures: string[] = [];
  const check = (ok: boolean, text: string): void => {
    lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
    if (!ok) failures.push(text);
  };
  for (const [id, name, budget] of [
    ["webhooks-verify", "verifyWebhook", webhookBudgets.verifyWebhook],
    ["webhooks-handler", "createWebhookHandler", webhookBudgets.createWebhookHandler],
  ] as const) {
    const size = sizes.get(id);
    if (!size) {
      check(
        false,
        `${name} bundle could not be built: run \`pnpm --filter @oaikit/webhooks build\``,
      );
      continue;
    }
    check(size.gzipBytes <= budget, `${name}: ${kb(size.gzipBytes)} gzip (budget ${kb(budget)})`);
    // The opt-in payload validation loads valibot by import(); a static import would show here.
    const valibot = size.byPackage.valibot ?? 0;
    check(
      valibot === 0,
      valibot === 0
        ? `${name} loads valibot only on demand (validate: true)`
        : `${name} bundle holds ${kb(valibot)} of valibot up front: it must stay behind the import() in unwrap-webhook.ts`,
    );
  }
  return { lines, failures };
};
