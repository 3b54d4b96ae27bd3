import type { OperationModel } from "../model/operation-model.js";
import { paramsShape } from "../model/params-shape.js";
import type { EmitContext } from "../schema/emit-context.js";
import { typeName } from "../schema/names.js";
import { camel, paramsTypeName, pascal } from "./identifiers.js";
import { importStatement } from "./indent.js";
import { returnType } from "./operations-module.js";
import { type FunctionVariant, functionVariants } from "./params-module.js";

interface Method {
  name: string;
  variant: FunctionVariant;
}

interface ResourceNode {
  /** Reference path of the resource, e.g. "vector_stores/files". */
  path: string;
  className: string;
  methods: Method[];
  children: Map<string, ResourceNode>;
}

/**
 * Root classes are named by their path ("vector_stores" → VectorStores); nested ones add
 * "Api" ("vector_stores/files" → VectorStoresFilesApi) so they cannot take the name of
 * a component type (the spec has `OrganizationDataRetention` and `...Resource` schemas).
 */
function className(path: string, nested: boolean): string {
  return `${path.split("/").map(pascal).join("")}${nested ? "Api" : ""}`;
}

function node(path: string, nested: boolean): ResourceNode {
  return { path, className: className(path, nested), methods: [], children: new Map() };
}

/** The resource tree of one package: one root per `rule.roots` entry that has operations. */
export function resourceTree(ops: OperationModel[]): ResourceNode[] {
  const roots = new Map<string, ResourceNode>();
  for (const variant of functionVariants(ops)) {
    const { op } = variant;
    let current: ResourceNode = roots.get(op.root) ?? node(op.root, false);
    roots.set(op.root, current);
    const rest = op.ref.slice(op.root.length + 1).split("/");
    const method = rest.pop()!;
    for (const segment of rest) {
      const child = current.children.get(segment) ?? node(`${current.path}/${segment}`, true);
      current.children.set(segment, child);
      current = child;
    }
    const name =
      variant.variant === "plain"
        ? camel(method)
        : method === "create"
          ? "stream"
          : `${camel(method)}Stream`;
    current.methods.push({ name, variant });
  }
  return [...roots.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function flatten(roots: ResourceNode[]): ResourceNode[] {
  return roots.flatMap((root) => [
    root,
    ...flatten([...root.children.values()].sort((a, b) => (a.path < b.path ? -1 : 1))),
  ]);
}

/** Every class name and member must be unique where it lives; a clash is a mapping mistake. */
export function resourceProblems(roots: ResourceNode[]): string[] {
  const problems: string[] = [];
  for (const resource of flatten(roots)) {
    const seen = new Map<string, string>();
    const members = [
      ...[...resource.children.keys()].map((segment) => [
        camel(segment),
        `sub-resource ${segment}`,
      ]),
      ...resource.methods.map((m) => [m.name, `method of ${m.variant.fn}`]),
    ];
    for (const [name, what] of members) {
      const other = seen.get(name!);
      if (other)
        problems.push(
          `resource ${resource.className}: "${name}" is both the ${other} and the ${what}`,
        );
      seen.set(name!, what!);
    }
  }
  return problems;
}

export function resourceClassNames(ops: OperationModel[]): string[] {
  return flatten(resourceTree(ops)).map((r) => r.className);
}

/**
 * resource.ts: thin classes over the functions, shaped like the API reference's resource tree
 * (`new VectorStores(client).files.list(...)`). They live apart from operations.ts so importing a
 * function never pulls in the classes.
 */
export function emitResourceModule(
  doc: any,
  ops: OperationModel[],
  packageTypes: Set<string>,
): string {
  const ctx: EmitContext = { doc, importFrom: () => "./types.js", used: new Set() };
  const globalResponse = [...packageTypes].some((c) => typeName(c) === "Response");
  const functions = new Set<string>();
  // Hand-written stream helpers, by module: their result type is whatever they return.
  const helpers = new Map<string, Set<string>>();
  const params = new Set<string>();
  const classes = flatten(resourceTree(ops)).map((resource) => {
    const lines: string[] = [];
    const children = [...resource.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    lines.push(
      `/** \`${resource.path}\` in the API reference. */`,
      `export class ${resource.className} {`,
    );
    for (const [segment, child] of children)
      lines.push(`  readonly ${camel(segment)}: ${child.className};`);
    if (children.length > 0) {
      lines.push("", "  constructor(readonly client: Client) {");
      for (const [segment, child] of children)
        lines.push(`    this.${camel(segment)} = new ${child.className}(client);`);
      lines.push("  }");
    } else lines.push("  constructor(readonly client: Client) {}");
    for (const { name, variant } of resource.methods) {
      const { op, fn } = variant;
      const helper = variant.variant === "stream" ? op.stream?.helper : undefined;
      const [declared] = helper
        ? [`ReturnType<typeof ${fn}>`]
        : returnType(op, variant.variant, ctx, globalResponse, params);
      const type = paramsTypeName(fn);
      const optional = paramsShape(op, variant.variant).required ? "" : " = {}";
      if (helper) helpers.set(helper, (helpers.get(helper) ?? new Set()).add(fn));
      else functions.add(fn);
      params.add(type);
      const summary = `{@link ${fn}}: \`${op.method} ${op.specPath}\`${variant.variant === "stream" ? ", streamed" : ""}.`;
      lines.push("");
      if (op.deprecated)
        lines.push(
          "  /**",
          `   * ${summary}`,
          "   *",
          "   * @deprecated Deprecated by OpenAI.",
          "   */",
        );
      else lines.push(`  /** ${summary} */`);
      lines.push(`  ${name}(params: ${type}${optional}, options?: RequestOptions): ${declared} {`);
      lines.push(`    return ${fn}(this.client, params, options);`, "  }");
    }
    lines.push("}");
    return lines.join("\n");
  });
  const core = ["Client", "RequestOptions"];
  const body = classes.join("\n\n");
  if (body.includes("PagePromise<")) core.push("PagePromise");
  if (body.includes("Stream<")) core.push("Stream");
  const imports = [
    importStatement("import type", core, "@oaikit/core"),
    ...[...helpers]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([module, fns]) => importStatement("import", fns, `../helpers/${module}.js`)),
    importStatement("import", functions, "./operations.js"),
    importStatement("import type", params, "./params.js"),
  ];
  if (ctx.used.size > 0)
    imports.push(importStatement("import type", [...ctx.used].map(typeName), "./types.js"));
  return `${imports.join("\n")}\n\n${body}\n`;
}
