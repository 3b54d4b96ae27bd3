import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./cli/parse-args.js";
import { generate } from "./generate.js";
import { CodegenError } from "./model/codegen-error.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const defaultSpec = resolve(repoRoot, "../shared/openapi/openapi.yaml");

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = args.out ?? repoRoot;
  const specPath = args.spec ?? defaultSpec;
  const started = performance.now();
  const haveSpec = existsSync(specPath);
  if (args.spec && !haveSpec) throw new Error(`--spec ${args.spec}: no such file.`);
  const result = generate({
    root,
    spec: haveSpec
      ? { path: specPath, explicit: args.spec !== undefined, commit: args.commit }
      : undefined,
    snapshotFrom: join(
      existsSync(join(root, "tools/codegen/spec/openapi.snapshot.json")) ? root : repoRoot,
      "tools/codegen/spec/openapi.snapshot.json",
    ),
  });
  const ms = Math.round(performance.now() - started);
  const source = haveSpec ? specPath : "the committed snapshot";
  console.log(
    `oaikit codegen: ${result.models.length} operations in ${result.packages.length} packages from ${source}; ` +
      `${result.report.written} files written, ${result.report.unchanged} unchanged, ` +
      `${result.report.removed.length} removed, ${result.scaffolded.length} scaffolded (${ms} ms).`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof CodegenError ? error.message : error);
  process.exitCode = 1;
}
