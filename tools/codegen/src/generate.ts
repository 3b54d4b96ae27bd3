import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  EMULATOR_GENERATED,
  emitOperationHandlers,
  emitOperationTable,
  emitResourcePackages,
} from "./emit/emulator-modules.js";
import { formatOutput } from "./emit/format-output.js";
import { generatedHeader } from "./emit/header.js";
import { emitOperationsJson } from "./emit/operations-json.js";
import { type GeneratedFile, type PackagePlan, planPackages } from "./emit/plan-packages.js";
import { readmeSection, replaceReadmeSection } from "./emit/readme-section.js";
import { type WriteReport, writeFiles } from "./emit/write-files.js";
import { buildModels, DEFAULT_MAPPING, type Mapping } from "./model/build-models.js";
import { CodegenError } from "./model/codegen-error.js";
import type { OperationModel } from "./model/operation-model.js";
import { scaffoldFiles } from "./scaffold/package-files.js";
import { buildSnapshot, type SpecInput } from "./snapshot/write-snapshot.js";

export const SNAPSHOT_PATH = "tools/codegen/spec/openapi.snapshot.json";
export const OPERATIONS_JSON_PATH = "tools/codegen/operations.json";

export interface GenerateOptions {
  /** Repository root written into. */
  root: string;
  /** The YAML spec to snapshot first; when undefined the snapshot at `snapshotFrom` is used. */
  spec?: SpecInput | undefined;
  /** Where to read the snapshot when there is no spec (default: `root`'s). */
  snapshotFrom?: string | undefined;
  mapping?: Mapping | undefined;
}

export interface GenerateResult {
  models: OperationModel[];
  packages: PackagePlan[];
  report: WriteReport;
  scaffolded: string[];
}

function readSnapshot(path: string): any {
  if (!existsSync(path)) {
    throw new Error(
      `No spec and no snapshot at ${path}: pass --spec PATH or restore ${SNAPSHOT_PATH}.`,
    );
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

/** What the emulator (`@oaikit/testing`) is generated with: its operation table and handler types. */
function emulatorFiles(
  doc: any,
  mapping: Mapping,
  models: OperationModel[],
  commit: string,
): GeneratedFile[] {
  const header = generatedHeader(commit);
  const file = (name: string, content: string) => ({
    path: `${EMULATOR_GENERATED}/${name}`,
    content: `${header}\n${content}`,
  });
  return [
    file("operation-table.ts", emitOperationTable(doc, models)),
    file("operation-handlers.ts", emitOperationHandlers(doc, mapping.rules, models)),
    file("resource-packages.ts", emitResourcePackages(mapping.rules, models)),
  ];
}

/**
 * The whole pipeline: spec → snapshot (when a spec is at hand) → snapshot only from then on →
 * operations.json, every package's src/generated/, missing package scaffolding, README sections.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const files: GeneratedFile[] = [];
  let doc: any;
  if (options.spec) {
    const snapshot = buildSnapshot(options.spec);
    files.push({ path: SNAPSHOT_PATH, content: snapshot.text });
    // Round-trip so generation sees exactly what a clone without the spec would read.
    doc = JSON.parse(snapshot.text);
  } else {
    doc = readSnapshot(options.snapshotFrom ?? join(options.root, SNAPSHOT_PATH));
  }
  const mapping = options.mapping ?? DEFAULT_MAPPING;
  const models = buildModels(doc, mapping);
  const commit: string = doc["x-oaikit-source"]?.commit ?? "unknown";
  const plan = planPackages(doc, mapping.rules, models, commit);
  files.push(
    { path: OPERATIONS_JSON_PATH, content: emitOperationsJson(doc, models) },
    ...plan.files,
    ...emulatorFiles(doc, mapping, models, commit),
  );

  const scaffolded: string[] = [];
  const problems: string[] = [];
  for (const pkg of plan.packages) {
    const dir = `packages/${pkg.name}`;
    for (const [file, content] of Object.entries(scaffoldFiles(pkg))) {
      const path = `${dir}/${file}`;
      const target = join(options.root, path);
      if (file === "README.md" && existsSync(target)) {
        files.push({
          path,
          content: replaceReadmeSection(
            readFileSync(target, "utf8"),
            readmeSection(pkg.operations),
          ),
        });
      } else if (!existsSync(target)) {
        files.push({ path, content });
        scaffolded.push(path);
      }
    }
    const manifest = join(options.root, dir, "package.json");
    if (pkg.usesSharedTypes && existsSync(manifest)) {
      const deps = JSON.parse(readFileSync(manifest, "utf8")).dependencies ?? {};
      if (!deps["@oaikit/types"]) {
        problems.push(
          `${dir}/package.json: the generated code now imports @oaikit/types; add "@oaikit/types": "workspace:^" to its dependencies`,
        );
      }
    }
  }
  if (problems.length > 0) throw new CodegenError(problems);
  const managed = [
    ...plan.packages.map((p) => `packages/${p.name}/src/generated`),
    EMULATOR_GENERATED,
  ];
  const report = writeFiles(options.root, formatOutput(files), managed);
  return { models, packages: plan.packages, report, scaffolded };
}
