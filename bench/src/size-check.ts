// `pnpm --filter @oaikit/bench size`: CI's bundle budget. Exits 1 when a budget is exceeded.
import { checkBudgets } from "./bundle/budgets.js";
import {
  chatStreamFinal,
  coreHooks,
  coreRequest,
  openaiRequest,
  responsesCreate,
  responsesCreateUnsplit,
  responsesParseValibot,
  responsesRetrieve,
  responsesRunTools,
  responsesStreamFinal,
  webhooksHandler,
  webhooksVerify,
} from "./bundle/entries.js";
import { measureBundles } from "./bundle/measure-all.js";
import { checkModelCallBudgets } from "./bundle/model-call-budgets.js";
import { publishedPackages, rootEntry } from "./bundle/root-entries.js";
import { checkRootEntryBudgets } from "./bundle/root-entry-budgets.js";
import { checkWebhookBudgets } from "./bundle/webhook-budgets.js";
import { renderBundles } from "./report/render-bundles.js";

// openai is weighed too, for the ratio column; only our bundles have budgets.
const report = await measureBundles([
  coreRequest,
  coreHooks,
  responsesCreate,
  responsesCreateUnsplit,
  responsesParseValibot,
  responsesRetrieve,
  responsesRunTools,
  responsesStreamFinal,
  chatStreamFinal,
  openaiRequest,
  webhooksVerify,
  webhooksHandler,
]);
console.log(renderBundles(report));
const packages = publishedPackages();
const roots = await measureBundles(packages.map(rootEntry));
console.log(`\n${renderBundles(roots)}`);
const sizes = new Map([...report.sizes, ...roots.sizes].map((size) => [size.id, size]));
const outcomes = [
  checkBudgets(sizes),
  checkWebhookBudgets(sizes),
  checkModelCallBudgets(sizes),
  checkRootEntryBudgets(sizes, packages),
];
const outcome = {
  lines: outcomes.flatMap((o) => o.lines),
  failures: outcomes.flatMap((o) => o.failures),
};
console.log(`\n${outcome.lines.join("\n")}`);
if (outcome.failures.length > 0) {
  console.error(`\nSize budget exceeded or not measurable (${outcome.failures.length}):`);
  for (const failure of outcome.failures) console.error(`  - ${failure}`);
  process.exitCode = 1;
}
