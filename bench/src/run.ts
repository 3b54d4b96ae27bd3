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
if (!core) print("@oaikit/core is not built (packages/core/dist): core rows are left out.");

const bundles = await bundleSection();
print(bundles.text);
const coldImports = await coldImportSection(settings.coldImportRuns);
print(coldImports.text);
const sseParser = parserSection(core, settings.parser);
print(sseParser.text);
const throughput = await throughputSection(core, settings);
print(throughput.text);
const memory = await memorySection(core, settings.memory);
print(memory.text);
const retry = await retrySection(core, settings.retry);
print(retry.text);

const elapsedMs = performance.now() - started;
const file = writeRecord({
  settings,
  bundles: bundles.data,
  coldImports: coldImports.data,
  sseParser: sseParser.data,
  throughput: throughput.data,
  memory: memory.data,
  retry: retry.data,
  elapsedMs,
});
print(`Wrote ${file} (${(elapsedMs / 1000).toFixed(1)} s)`);
