import type { PackageRule } from "../mapping/packages.js";
import { CodegenError } from "../model/codegen-error.js";
import type { OperationModel } from "../model/operation-model.js";
import type { EmitContext } from "../schema/emit-context.js";
import { emitTypeModule } from "../schema/emit-types.js";
import { emitValibotModule } from "../schema/emit-valibot.js";
import { assertUniqueNames, schemaName, typeName } from "../schema/names.js";
import { webhookUnion } from "../schema/webhook-union.js";
import { type ExportGroups, emitExportsModule } from "./exports-modules.js";
import { generatedHeader } from "./header.js";
import { paramsSchemaName, paramsTypeName } from "./identifiers.js";
import { importStatement } from "./indent.js";
import { emitOperationsModule } from "./operations-module.js";
import {
  emitParamsModule,
  functionVariants,
  generatedVariants,
  responseTypeNames,
} from "./params-module.js";
import { placeComponents } from "./placement.js";
import { referencePages } from "./reference-pages.js";
import { emitRequestSchemasModule } from "./request-schemas-module.js";
import {
  emitResourceModule,
  resourceClassNames,
  resourceProblems,
  resourceTree,
} from "./resource-module.js";
import {
  emitWebhookUnionSchemaModule,
  emitWebhookUnionTypeModule,
  moduleSpecifier,
  WEBHOOK_UNION_SCHEMAS,
  WEBHOOK_UNION_TYPES,
} from "./webhook-union-modules.js";

export interface GeneratedFile {
  /** Relative to the repository root, with "/" separators. */
  path: string;
  content: string;
}

export interface PackagePlan {
  name: string;
  rule: PackageRule | undefined;
  operations: OperationModel[];
  /** Whether the package imports shared components from @oaikit/types. */
  usesSharedTypes: boolean;
}

export const TYPES_PACKAGE = "types";

const sorted = (names: Iterable<string>) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function typesModule(
  doc: any,
  local: string[],
  shared: string[],
  pages: ReadonlyMap<string, string>,
): string {
  const ctx: EmitContext = {
    doc,
    importFrom: (c) => (shared.includes(c) ? "@oaikit/types" : undefined),
    used: new Set(),
    pages,
  };
  const parts = [local.length > 0 ? emitTypeModule(local, ctx) : ""];
  if (shared.length > 0)
    parts.push(`${importStatement("export type", shared.map(typeName), "@oaikit/types")}\n`);
  return parts.filter(Boolean).join("\n") || "export {};\n";
}

function schemasModule(doc: any, local: string[], shared: string[]): string {
  const ctx: EmitContext = {
    doc,
    importFrom: (c) => (shared.includes(c) ? "@oaikit/types/schemas" : undefined),
    used: new Set(),
  };
  const parts = [local.length > 0 ? emitValibotModule(local, ctx) : ""];
  if (shared.length > 0) {
    parts.push(`${importStatement("export", shared.map(schemaName), "@oaikit/types/schemas")}\n`);
  }
  return parts.filter(Boolean).join("\n") || "export {};\n";
}

/** Exported names must not collide inside a package (a component called `FooParams`, a class `Files`...). */
function nameProblems(pkg: string, groups: string[][]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const name of groups.flat()) {
    if (seen.has(name)) problems.push(`${pkg}: the exported name "${name}" is declared twice`);
    seen.add(name);
  }
  return problems;
}

/** Every file under src/generated/ of every package, plus the plans the scaffolding needs. */
export function planPackages(
  doc: any,
  rules: readonly PackageRule[],
  models: OperationModel[],
  commit: string,
): { files: GeneratedFile[]; packages: PackagePlan[] } {
  assertUniqueNames(Object.keys(doc.components?.schemas ?? {}));
  const header = generatedHeader(commit);
  const { used, shared } = placeComponents(doc, rules, models);
  const pages = referencePages(doc, models);
  const files: GeneratedFile[] = [];
  const packages: PackagePlan[] = [];
  const problems: string[] = [];
  const add = (pkg: string, file: string, content: string) =>
    files.push({ path: `packages/${pkg}/src/generated/${file}`, content: `${header}\n${content}` });

  const sharedList = sorted(shared);
  add(
    TYPES_PACKAGE,
    "types.ts",
    sharedList.length > 0
      ? emitTypeModule(sharedList, { doc, importFrom: () => undefined, used: new Set(), pages })
      : "export {};\n",
  );
  add(
    TYPES_PACKAGE,
    "schemas.ts",
    sharedList.length > 0
      ? emitValibotModule(sharedList, { doc, importFrom: () => undefined, used: new Set() })
      : "export {};\n",
  );
  add(
    TYPES_PACKAGE,
    "index-exports.ts",
    emitExportsModule({ values: [], types: [["./types.js", sharedList.map(typeName)]] }),
  );
  add(
    TYPES_PACKAGE,
    "schemas-exports.ts",
    emitExportsModule({ values: [["./schemas.js", sharedList.map(schemaName)]], types: [] }),
  );
  packages.push({ name: TYPES_PACKAGE, rule: undefined, operations: [], usesSharedTypes: false });

  for (const rule of rules) {
    const ops = models.filter((m) => m.package === rule.name);
    const closure = used.get(rule.name) ?? new Set<string>();
    const local = sorted([...closure].filter((c) => !shared.has(c)));
    const sharedUsed = sorted([...closure].filter((c) => shared.has(c)));
    const components = [...local, ...sharedUsed];
    add(rule.name, "types.ts", typesModule(doc, local, sharedUsed, pages));
    add(rule.name, "schemas.ts", schemasModule(doc, local, sharedUsed));

    const fns = functionVariants(ops).map((v) => v.fn);
    const responses = responseTypeNames(ops);
    const classes = resourceClassNames(ops);
    const values: ExportGroups["values"] = [];
    const schemaValues: ExportGroups["values"] = [
      ["./schemas.js", sorted(components.map(schemaName))],
    ];
    const types: ExportGroups["types"] = [];
    const unions: string[] = [];
    const union = rule.webhookUnion ? webhookUnion(doc) : undefined;
    if (union) {
      const name = rule.webhookUnion!;
      unions.push(name);
      add(rule.name, WEBHOOK_UNION_TYPES, emitWebhookUnionTypeModule(doc, name, union));
      add(rule.name, WEBHOOK_UNION_SCHEMAS, emitWebhookUnionSchemaModule(doc, name, union));
    }
    if (ops.length > 0) {
      const tree = resourceTree(ops);
      problems.push(...resourceProblems(tree));
      add(rule.name, "params.ts", emitParamsModule(doc, ops));
      add(rule.name, "operations.ts", emitOperationsModule(doc, ops, closure));
      add(rule.name, "resource.ts", emitResourceModule(doc, ops, closure));
      add(rule.name, "request-schemas.ts", emitRequestSchemasModule(doc, ops));
      // Hand-written stream helpers are exported by the package's own index.ts.
      const generated = generatedVariants(ops).map((v) => v.fn);
      values.push(["./operations.js", sorted(generated)], ["./resource.js", sorted(classes)]);
      types.push(["./params.js", sorted([...fns.map(paramsTypeName), ...responses])]);
      schemaValues.push(["./request-schemas.js", sorted(fns.map(paramsSchemaName))]);
    }
    types.push(["./types.js", sorted(components.map(typeName))]);
    for (const name of unions) {
      types.push([moduleSpecifier(WEBHOOK_UNION_TYPES), [name]]);
      schemaValues.push([moduleSpecifier(WEBHOOK_UNION_SCHEMAS), [`${name}Schema`]]);
    }
    problems.push(
      ...nameProblems(rule.name, [
        fns,
        classes,
        fns.map(paramsTypeName),
        responses,
        unions,
        components.map(typeName),
      ]),
      ...nameProblems(`${rule.name}/schemas`, [
        components.map(schemaName),
        fns.map(paramsSchemaName),
        unions.map((name) => `${name}Schema`),
      ]),
    );
    add(rule.name, "index-exports.ts", emitExportsModule({ values, types }));
    add(rule.name, "schemas-exports.ts", emitExportsModule({ values: schemaValues, types: [] }));
    packages.push({
      name: rule.name,
      rule,
      operations: ops,
      usesSharedTypes: sharedUsed.length > 0,
    });
  }
  if (problems.length > 0) throw new CodegenError(problems);
  return { files, packages };
}
