import { importStatement } from "../emit/indent.js";
import { type Analysis, analyze } from "./analysis.js";
import { type Doc, group, hardline, ifBreak, indent, join, line, print, softline } from "./doc.js";
import type { EmitContext } from "./emit-context.js";
import { groupImports } from "./imports.js";
import { literalText, propertyKey } from "./layout.js";
import { typeName } from "./names.js";
import type { Node, NodeOf, Prop } from "./node.js";
import { normalize } from "./normalize.js";
import { isOpenEnum } from "./open-enum.js";
import { componentSchema } from "./refs.js";

interface State {
  analysis: Analysis;
  ctx: EmitContext;
}

/** Known string values plus "any other string", kept apart so editors still suggest the known ones. */
const OPEN_STRING = "(string & {})";

/** The members of a union, flattened through nested unions and nullables. */
function unionMembers(node: Node, state: State): Doc[] {
  switch (node.kind) {
    case "nullable":
      return [...unionMembers(node.inner, state), "null"];
    case "exclusive":
      return unionMembers(node.inner, state);
    case "literal":
      return node.values.map(literalText);
    case "union": {
      const open = isOpenEnum(node, state.analysis);
      const members = node.options.flatMap((option) =>
        open && option.kind === "string" ? [] : unionMembers(option, state),
      );
      if (open) members.push(OPEN_STRING);
      const seen = new Set<string>();
      return members.filter((member) => {
        if (typeof member !== "string") return true;
        if (seen.has(member)) return false;
        seen.add(member);
        return true;
      });
    }
    default:
      return [render(node, state)];
  }
}

/** `| A | B` without its first bar when flat: the caller puts a line (or a paren) before it. */
function unionBody(members: Doc[]): Doc {
  // Indented so a multi-line member (an object) lines up after its bar.
  return [ifBreak("| "), join([line, "| "], members.map(indent))];
}

/** A type that may sit after `:` or `=`: a long union moves to its own lines. */
function afterColon(node: Node, state: State): Doc {
  const members = unionMembers(node, state);
  if (members.length === 1) return [" ", members[0]!];
  return group(indent([line, unionBody(members)]));
}

/** A type that is safe beside `[]` or `&`. */
function operand(node: Node, state: State): Doc {
  const members = unionMembers(node, state);
  if (members.length === 1) {
    return node.kind === "intersect" ? ["(", members[0]!, ")"] : members[0]!;
  }
  return group(["(", indent([softline, unionBody(members)]), softline, ")"]);
}

function member(prop: Prop, state: State): Doc {
  const doc: Doc = prop.deprecated ? ["/** @deprecated */", hardline] : [];
  const key = `${propertyKey(prop.name)}${prop.required ? "" : "?"}:`;
  return [doc, key, afterColon(prop.node, state)];
}

/**
 * The members of an object type (without their semicolons), and an index signature that cannot
 * sit beside its properties.
 */
function objectMembers(node: NodeOf<"object">, state: State): { members: Doc[]; extra?: Doc } {
  const members = node.props.map((prop) => member(prop, state));
  if (typeof node.rest === "object") {
    const value = render(node.rest, state);
    if (node.props.length === 0) return { members: [["[key: string]: ", value]] };
    // TypeScript requires every property to fit an index signature beside it; an intersection
    // lets both hold.
    return { members, extra: ["{ [key: string]: ", value, " }"] };
  }
  if (node.rest === "open" || node.props.length === 0) {
    members.push(`[key: string]: ${node.rest === "closed" ? "never" : "unknown"}`);
  }
  return { members };
}

function block(members: Doc[]): Doc {
  return ["{", indent(members.map((doc) => [hardline, doc, ";"])), hardline, "}"];
}

function renderObject(node: NodeOf<"object">, state: State): Doc {
  const { members, extra } = objectMembers(node, state);
  if (node.props.length === 0) return group(["{", indent([line, members[0]!]), line, "}"]);
  return extra === undefined ? block(members) : [block(members), " & ", extra];
}

function render(node: Node, state: State): Doc {
  switch (node.kind) {
    case "unknown":
      return "unknown";
    case "null":
      return "null";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    case "number":
      return "number";
    case "blob":
      return "Blob";
    case "ref":
      state.ctx.used.add(node.name);
      return typeName(node.name);
    case "array":
      return [operand(node.items, state), "[]"];
    case "object":
      return renderObject(node, state);
    case "intersect":
      return join(
        " & ",
        node.parts.map((part) => operand(part, state)),
      );
    case "exclusive":
    case "literal":
    case "union":
    case "nullable": {
      const members = unionMembers(node, state);
      return members.length === 1 ? members[0]! : group(unionBody(members));
    }
  }
}

/**
 * A long union comes back on its own lines with a leading newline (`\n  | A\n  | B`), ready to
 * follow a `:` or `=`; anything else starts on the current line.
 */
export function tsType(schema: unknown, ctx: EmitContext): string {
  const node = normalize(schema, ctx.doc);
  const text = print(afterColon(node, { analysis: analyze(ctx.doc), ctx }));
  return text.startsWith(" ") ? text.slice(1) : text;
}

/** Object shapes become interfaces; everything else a type alias. */
function declaration(component: string, state: State): Doc {
  const node = state.analysis.node(component);
  const name = typeName(component);
  const schema = componentSchema(state.ctx.doc, component) as { deprecated?: unknown };
  const tags = [
    ...(schema.deprecated === true ? ["@deprecated Deprecated by OpenAI."] : []),
    ...(state.ctx.pages?.has(component) ? [`@see ${state.ctx.pages.get(component)}`] : []),
  ];
  const doc: Doc =
    tags.length === 0
      ? []
      : ["/**", ...tags.map((tag) => [hardline, ` * ${tag}`]), hardline, " */", hardline];
  if (node.kind === "object") {
    const { members, extra } = objectMembers(node, state);
    if (extra === undefined) return [doc, `export interface ${name} `, block(members)];
  }
  return [doc, `export type ${name} =`, afterColon(node, state), ";"];
}

export function emitTypeModule(components: string[], ctx: EmitContext): string {
  const referenced = new Set<string>();
  const state: State = {
    analysis: analyze(ctx.doc),
    ctx: { ...ctx, used: referenced },
  };
  const declarations = components.map((component) => print(declaration(component, state)));
  for (const component of referenced) ctx.used.add(component);
  const imports = groupImports(referenced, new Set(components), ctx).map(([specifier, names]) =>
    importStatement("import type", names.map(typeName).sort(), specifier),
  );
  const head = imports.length > 0 ? `${imports.join("\n")}\n\n` : "";
  return `${head}${declarations.join("\n\n")}\n`;
}
