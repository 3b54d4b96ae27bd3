// `pnpm --filter @oaikit/bench size`: CI's bundle budget. Exits 1 when a budget is exceeded.
import { checkBudgets } from "./bundle/budgets.js";
import {
  coreRequest,
  openaiRequest,
  responsesCreate,
  responsesRetrieve,
} from "./bundle/entries.js";
import { measureBundles } from "./bundle/measure-all.js";
import { renderBundles } from "./report/render-bundles.js";

// openai is weighed too, for the ratio column; only our bundles have budgets.
const report = await measureBundles([
  coreRequest,
  responsesCreate,
  responsesRetrieve,
  openaiRequest,
]);
console.log(renderBundles(report));
const outcome = checkBudgets(new Map(report.sizes.map((size) => [size.id, size])));
console.log(`\n${outcome.lines.join("\n")}`);
if (outcome.failures.length > 0) {
  console.error(`\nSize budget exceeded or not measurable (${outcome.failures.length}):`);
  for (const failure of outcome.failures) console.error(`  - ${failure}`);
  process.exitCode = 1;
}
