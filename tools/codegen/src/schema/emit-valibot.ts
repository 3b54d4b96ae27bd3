import { importStatement } from "../emit/indent.js";
import { type Analysis, analyze, nodeRefs } from "./analysis.js";
import { type Doc, group, hardline, ifBreak, indent, join, line, print, softline } from "./doc.js";
import type { EmitContext } from "./emit-context.js";
import { groupImports } from "./imports.js";
import { literalText, propertyKey, WIDTH } from "./layout.js";
import { schemaName, typeName } from "./names.js";
import type { Check, Node, NodeOf, Prop } from "./node.js";
import { normalize } from "./normalize.js";
import { validatedOptions } from "./open-enum.js";
import { componentSchema } from "./refs.js";

interface State {
  analysis: Analysis;
  ctx: EmitContext;
  /**
   * Components of this module declared so far; a reference to a later one (a cycle) must be
   * deferred with v.lazy. Undefined when rendering outside a module: every name already exists.
   */
  declared: Set<string> | undefined;
  local: Set<string>;
}

/** Where the valibot modules find the TypeScript types of the components they declare. */
const TYPES_MODULE = "./types.js";

/** Multipart uploads take any Blob-like value (File, Blob, a polyfill's File), not one class. */
const BLOB: Doc = call("v.custom<Blob>", [
  '(value) => typeof value === "object" && value !== null && "arrayBuffer" in value',
  '"Expected a Blob or File"',
]);

/** A regular expression literal for a JSON Schema pattern, checked so a bad pattern fails here. */
function regexLiteral(pattern: string): string {
  // Throws on a pattern JavaScript cannot compile, failing generation rather than the module.
  new RegExp(pattern);
  let body = "";
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === "\\") {
      body += char + (pattern[index + 1] ?? "");
      index += 1;
    } else if (char === "/") body += "\\/";
    else if (char === "\n") body += "\\n";
    else body += char;
  }
  return `/${body}/`;
}

function checkText(check: Check): string {
  return check.kind === "regex"
    ? `v.regex(${regexLiteral(check.value)})`
    : `v.${check.kind}(${check.value})`;
}

/** `fn(a, b)`, or one argument per line when it does not fit. */
function call(fn: string, args: Doc[]): Doc {
  return group([fn, "(", indent([softline, join([",", line], args)]), ifBreak(","), softline, ")"]);
}

/** `fn(x)` around a single argument, which keeps its own layout. */
function wrap(fn: string, arg: Doc): Doc {
  return [fn, "(", arg, ")"];
}

/** `[a, b]`, or one item per line. */
function array(items: Doc[]): Doc {
  return group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]);
}

function pipe(schema: Doc, checks: Check[]): Doc {
  return checks.length === 0 ? schema : call("v.pipe", [schema, ...checks.map(checkText)]);
}

function entry(prop: Prop, state: State): Doc {
  let value: Doc;
  if (prop.required) value = render(prop.node, state);
  else if (prop.node.kind === "nullable") value = wrap("v.nullish", render(prop.node.inner, state));
  else value = wrap("v.optional", render(prop.node, state));
  return [propertyKey(prop.name), ": ", value, ","];
}

function renderObject(node: NodeOf<"object">, state: State): Doc {
  if (node.props.length === 0) {
    if (node.rest === "closed") return pipe("v.strictObject({})", node.checks);
    const key = pipe("v.string()", node.keyChecks);
    const value = typeof node.rest === "object" ? render(node.rest, state) : "v.unknown()";
    return pipe(call("v.record", [key, value]), node.checks);
  }
  const entries: Doc = [
    "{",
    indent([
      hardline,
      join(
        hardline,
        node.props.map((prop) => entry(prop, state)),
      ),
    ]),
    hardline,
    "}",
  ];
  if (typeof node.rest === "object") {
    return pipe(["v.objectWithRest(", entries, ", ", render(node.rest, state), ")"], node.checks);
  }
  // Unlisted keys pass through: the API adds fields over time and old clients must keep working.
  return pipe(
    wrap(node.rest === "closed" ? "v.strictObject" : "v.looseObject", entries),
    node.checks,
  );
}

function renderUnion(node: NodeOf<"union">, state: State): Doc {
  const options = validatedOptions(node, state.analysis);
  if (options.length === 1) return render(options[0]!, state);
  const items = array(options.map((option) => render(option, state)));
  const key = options === node.options ? state.analysis.variantKey(node) : undefined;
  return key === undefined
    ? wrap("v.union", items)
    : ["v.variant(", JSON.stringify(key), ", ", items, ")"];
}

function renderRef(name: string, state: State): string {
  state.ctx.used.add(name);
  const identifier = schemaName(name);
  const pending =
    state.declared !== undefined && state.local.has(name) && !state.declared.has(name);
  return pending ? `v.lazy(() => ${identifier})` : identifier;
}

function render(node: Node, state: State): Doc {
  switch (node.kind) {
    case "unknown":
      return "v.unknown()";
    case "null":
      return "v.null()";
    case "boolean":
      return "v.boolean()";
    case "string":
      return pipe("v.string()", node.checks);
    case "number":
      return node.integer
        ? call("v.pipe", ["v.number()", "v.integer()", ...node.checks.map(checkText)])
        : pipe("v.number()", node.checks);
    case "blob":
      return BLOB;
    case "literal":
      return node.values.length === 1
        ? `v.literal(${literalText(node.values[0]!)})`
        : wrap("v.picklist", array(node.values.map(literalText)));
    case "ref":
      return renderRef(node.name, state);
    case "array":
      return pipe(wrap("v.array", render(node.items, state)), node.checks);
    case "object":
      return renderObject(node, state);
    case "union":
      return renderUnion(node, state);
    case "intersect":
      return wrap("v.intersect", array(node.parts.map((part) => render(part, state))));
    case "nullable":
      return wrap("v.nullable", render(node.inner, state));
    case "exclusive": {
      const present = node.keys.map((key) => `${JSON.stringify(key)} in value`).join(" && ");
      const message = JSON.stringify(`Set only one of ${node.keys.join(", ")}`);
      return call("v.pipe", [
        render(node.inner, state),
        call("v.check", [`(value) => !(${present})`, message]),
      ]);
    }
  }
}

export function vSchema(schema: unknown, ctx: EmitContext): string {
  const state: State = {
    analysis: analyze(ctx.doc),
    ctx,
    declared: undefined,
    local: new Set(),
  };
  return print(render(normalize(schema, ctx.doc), state));
}

/** Dependencies before dependents, so only references that close a cycle need v.lazy. */
function dependencyOrder(components: string[], analysis: Analysis): string[] {
  const local = new Set(components);
  const order: string[] = [];
  const visited = new Set<string>();
  const visit = (component: string): void => {
    if (visited.has(component)) return;
    visited.add(component);
    for (const target of nodeRefs(analysis.node(component))) {
      if (local.has(target)) visit(target);
    }
    order.push(component);
  };
  for (const component of components) visit(component);
  return order;
}

/**
 * `head body;`, with the body moved to the next line (indented) when the head and the body's
 * first line would not fit on one line.
 */
function assignment(head: string, body: Doc, tail: string): string {
  const inline = `${head} ${print(body, WIDTH, head.length + 1)}${tail}`;
  const firstLine = inline.indexOf("\n") === -1 ? inline.length : inline.indexOf("\n");
  if (firstLine <= WIDTH) return inline;
  const lines = print(body, WIDTH - 2).split("\n");
  return `${head}\n${lines.map((text) => (text === "" ? text : `  ${text}`)).join("\n")}${tail}`;
}

function declaration(component: string, state: State): string {
  const schema = componentSchema(state.ctx.doc, component) as { deprecated?: unknown };
  const doc = schema.deprecated === true ? "/** @deprecated */\n" : "";
  const type = `v.GenericSchema<T.${typeName(component)}>`;
  const name = schemaName(component);
  // A variant option keeps its inferred schema type (v.variant needs an object's entries or a
  // nested variant's options); `satisfies` still checks it against the TypeScript type.
  if (state.analysis.variantOptions.has(component)) {
    const body = render(state.analysis.variantShape(component), state);
    return doc + assignment(`export const ${name} =`, body, ` satisfies ${type};`);
  }
  const body = render(state.analysis.node(component), state);
  return doc + assignment(`export const ${name}: ${type} =`, body, ";");
}

export function emitValibotModule(components: string[], ctx: EmitContext): string {
  const analysis = analyze(ctx.doc);
  const referenced = new Set<string>();
  const declared = new Set<string>();
  const state: State = {
    analysis,
    ctx: { doc: ctx.doc, importFrom: ctx.importFrom, used: referenced },
    declared,
    local: new Set(components),
  };
  const declarations: string[] = [];
  for (const component of dependencyOrder(components, analysis)) {
    declarations.push(declaration(component, state));
    declared.add(component);
  }
  for (const component of referenced) ctx.used.add(component);
  const imports = [
    'import * as v from "valibot";',
    ...groupImports(referenced, state.local, ctx).map(([specifier, names]) =>
      importStatement("import", names.map(schemaName).sort(), specifier),
    ),
  ];
  if (components.length > 0)
    imports.push(`import type * as T from ${JSON.stringify(TYPES_MODULE)};`);
  return `${imports.join("\n")}\n\n${declarations.join("\n")}\n`;
}
