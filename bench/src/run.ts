// `pnpm bench`: ours vs the official `openai` package vs raw fetch, in one run. Numbers are
// printed and saved, never asserted.
import { performance } from "node:perf_hooks";
import { loadCore } from "./load-core.js";
import { writeRecord } from "./report/write-record.js";
import { bundleSection } from "./sections/bundle-section.js";
import { coldImportSection } from "./sections/cold-import-section.js";
import { memorySection } from "./sections/memory-section.js";
import { parserSection } from "./sections/parser-section.js";
import { retrySection } from "./sections/retry-section.js";
import { throughputSection } from "./sections/throughput-section.js";
import { benchSettings } from "./settings.js";

const started = performance.now();
const settings = benchSettings(process.argv.includes("--quick"));
const print = (text: string): void => console.log(`\n${text}`);

const core = await loadCore();
if (!core) print("@oaikit/core or @oaikit/responses is not built: their rows are left out.");

// `pnpm bench --only throughput,memory` runs just those sections.
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? "").split(",");
const sectionNames = ["bundles", "cold-import", "parser", "throughput", "memory", "retry"];
const unknown = only?.filter((name) => !sectionNames.includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(", ")}: --only takes ${sectionNames.join(", ")}.`);
  process.exit(2);
}
const run = async <T>(
  name: string,
  section: () => Promise<{ data: T; text: string }> | { data: T; text: string },
) => {
  if (only && !only.includes(name)) return undefined;
  const { data, text } = await section();
  print(text);
  return data;
};

const bundles = await run("bundles", bundleSection);
const coldImports = await run("cold-import", () => coldImportSection(settings.coldImportRuns));
const sseParser = await run("parser", () => parserSection(core, settings.parser));
const throughput = await run("throughput", () => throughputSection(settings));
const memory = await run("memory", () => memorySection(core, settings.memory));
const retry = await run("retry", () => retrySection(core, settings.retry));

const elapsedMs = performance.now() - started;
const file = writeRecord({
  settings,
  bundles,
  coldImports,
  sseParser,
  throughput,
  memory,
  retry,
  elapsedMs,
});
print(`Wrote ${file} (${(elapsedMs / 1000).toFixed(1)} s)`);
