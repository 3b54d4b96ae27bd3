import type { PackageRule } from "../mapping/packages.js";
import type { OperationModel } from "../model/operation-model.js";
import type { EmitContext } from "../schema/emit-context.js";
import { tsType } from "../schema/emit-types.js";
import { typeName } from "../schema/names.js";
import { refName } from "../schema/refs.js";
import { paramsTypeName, pascal } from "./identifiers.js";

/** Where the emulator (`@oaikit/testing`) keeps what codegen writes for it. */
export const EMULATOR_GENERATED = "packages/testing/src/generated";

/** The component names a 2xx JSON answer may be; several for a `oneOf` of references. */
function responseSchemas(doc: any, op: OperationModel): string[] | undefined {
  const operation = doc.paths?.[op.specPath]?.[op.method.toLowerCase()];
  for (const [status, answer] of Object.entries<any>(operation?.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const schema = answer?.content?.["application/json"]?.schema;
    const direct = refName(schema);
    if (direct !== undefined) return [direct];
    const alternatives: (string | undefined)[] = (schema?.oneOf ?? schema?.anyOf ?? []).map(
      refName,
    );
    if (alternatives.length > 0 && alternatives.every((name) => name !== undefined)) {
      return alternatives as string[];
    }
  }
  return undefined;
}

function tableRow(doc: any, op: OperationModel): string {
  const row: Record<string, unknown> = {
    operationId: op.operationId,
    package: op.package,
    function: op.fn,
    method: op.method,
    path: op.route,
  };
  if (Object.keys(op.fixedQuery).length > 0) row.fixedQuery = op.fixedQuery;
  if (op.stream) {
    row.stream = {
      function: op.stream.fn,
      event: op.stream.event,
      in: op.stream.flag.in,
      name: op.stream.flag.name,
      value: op.stream.flag.value,
    };
  }
  if (op.body) row.body = op.body.type;
  row.response = op.response.kind;
  const schemas = responseSchemas(doc, op);
  if (schemas) row.responseSchemas = schemas;
  return `${JSON.stringify(row)},`;
}

/**
 * operation-table.ts: every operation with its package, function and route, the only place the
 * emulator sees the spec's operationIds (recorded requests and faults name them).
 */
export function emitOperationTable(doc: any, models: OperationModel[]): string {
  const rows = [...models]
    .sort((a, b) => (a.operationId < b.operationId ? -1 : 1))
    .map((op) => tableRow(doc, op));
  return [
    'import type { Operation } from "../router/operation.js";',
    "",
    "export const operationTable: readonly Operation[] = [",
    ...rows,
    "];",
    "",
  ].join("\n");
}

/** The interface of one package's handlers: `ContainersHandlers`, `ChatKitHandlers`. */
export function handlersInterfaceName(pkg: string): string {
  return `${pascal(pkg)}Handlers`;
}

/** The JSON a handler answers with; `unknown` for bytes, text and empty answers. */
function resultType(op: OperationModel, ctx: EmitContext): string {
  if (op.response.kind !== "json") return "unknown";
  return op.response.name ?? tsType(op.response.schema, ctx);
}

/**
 * operation-handlers.ts: per package, the interface the emulator's handlers of its operations
 * satisfy, keyed by function name, with the params and answer types the client is generated with;
 * `OperationHandlers` joins them, so a handler missing, doubled or typed for another operation
 * fails the type check.
 */
export function emitOperationHandlers(
  doc: any,
  rules: readonly PackageRule[],
  models: OperationModel[],
): string {
  const imports: string[] = [];
  const interfaces: string[] = [];
  const names: string[] = [];
  for (const rule of rules) {
    const ops = models.filter((op) => op.package === rule.name);
    if (ops.length === 0) continue;
    const ctx: EmitContext = { doc, importFrom: () => `@oaikit/${rule.name}`, used: new Set() };
    const fromParams = new Set<string>();
    const members = ops.map((op) => {
      const params = [paramsTypeName(op.fn), ...(op.stream ? [paramsTypeName(op.stream.fn)] : [])];
      for (const name of params) fromParams.add(name);
      if (op.response.kind === "json" && op.response.name) fromParams.add(op.response.name);
      const result = resultType(op, ctx);
      return `${op.fn}: Handler<${params.join(" | ")}, ${result}>;`;
    });
    const types = [...fromParams, ...[...ctx.used].map(typeName)];
    imports.push(
      `import type { ${[...new Set(types)].sort().join(", ")} } from "@oaikit/${rule.name}";`,
    );
    const name = handlersInterfaceName(rule.name);
    names.push(name);
    interfaces.push(
      `/** The \`@oaikit/${rule.name}\` operations. */\nexport interface ${name} {\n${members.join("\n")}\n}`,
    );
  }
  return [
    ...imports,
    'import type { Handler } from "../router/handler.js";',
    "",
    interfaces.join("\n\n"),
    "",
    "/** Every operation of the API, each handled exactly once. */",
    `export interface OperationHandlers extends ${names.join(", ")} {}`,
    "",
  ].join("\n");
}

/**
 * resource-packages.ts: the resource packages the emulator serves, by folder name, and their
 * generated valibot schemas (the `/schemas` subpath of each).
 */
export function emitResourcePackages(
  rules: readonly PackageRule[],
  models: OperationModel[],
): string {
  const served = rules
    .filter((rule) => models.some((op) => op.package === rule.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const local = (name: string) => name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
  const entry = (name: string) =>
    local(name) === name ? name : `${JSON.stringify(name)}: ${local(name)}`;
  return [
    ...served.map((rule) => `import * as ${local(rule.name)} from "@oaikit/${rule.name}/schemas";`),
    "",
    "/** The folder names under packages/ of every package with operations (`@oaikit/<name>`). */",
    `export const resourcePackages = [${served.map((rule) => JSON.stringify(rule.name)).join(", ")}] as const;`,
    "",
    "export type ResourcePackage = (typeof resourcePackages)[number];",
    "",
    "/** Each resource package's `/schemas` exports: `<Function>ParamsSchema`, component schemas. */",
    "export const packageSchemas: Readonly<Record<ResourcePackage, Readonly<Record<string, unknown>>>> = {",
    ...served.map((rule) => `${entry(rule.name)},`),
    "};",
    "",
  ].join("\n");
}
