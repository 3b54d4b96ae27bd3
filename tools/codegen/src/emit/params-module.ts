import type { OperationModel } from "../model/operation-model.js";
import { type ParamField, type ParamsShape, paramsShape } from "../model/params-shape.js";
import type { EmitContext } from "../schema/emit-context.js";
import { tsType } from "../schema/emit-types.js";
import { typeName } from "../schema/names.js";
import { docComment, operationTags } from "./doc-comment.js";
import { paramsTypeName, propertyKey } from "./identifiers.js";
import { importStatement, indentTail } from "./indent.js";

export interface FunctionVariant {
  op: OperationModel;
  fn: string;
  variant: "plain" | "stream";
}

/** The functions codegen writes itself: every variant but the hand-written stream helpers. */
export function generatedVariants(ops: OperationModel[]): FunctionVariant[] {
  return functionVariants(ops).filter((v) => v.variant === "plain" || !v.op.stream?.helper);
}

/** Every function of the operations, the streaming twins right after their plain one. */
export function functionVariants(ops: OperationModel[]): FunctionVariant[] {
  return ops.flatMap((op) => [
    { op, fn: op.fn, variant: "plain" as const },
    ...(op.stream ? [{ op, fn: op.stream.fn, variant: "stream" as const }] : []),
  ]);
}

function renderFields(lines: string[]): string {
  return `{\n${lines.map((line) => `  ${line}`).join("\n")}\n}`;
}

function fieldLine(field: ParamField, ctx: EmitContext): string {
  const type = indentTail(tsType(field.schema, ctx), "  ");
  const sep = type.startsWith("\n") ? ":" : ": ";
  return `${propertyKey(field.key)}${field.required ? "" : "?"}${sep}${type};`;
}

function wrap(type: string): string {
  return /^[A-Za-z0-9_$.]+$/.test(type) ? type : `(${type})`;
}

/**
 * The TypeScript type expression of one params shape: the body type (minus the stream flag where
 * the function decides it) intersected with the path, query and header fields.
 */
export function paramsTypeExpression(shape: ParamsShape, ctx: EmitContext): string {
  const parts: string[] = [];
  const lines: string[] = [];
  if (shape.body) {
    const body = wrap(tsType(shape.body.schema, ctx));
    const { omit, optional = [] } = shape.body;
    const omitted = [...(omit ? [omit.flag] : []), ...optional];
    if (omitted.length === 0) parts.push(body);
    else parts.push(`Omit<${body}, ${omitted.map((key) => JSON.stringify(key)).join(" | ")}>`);
    if (omit?.exclude !== undefined) {
      const flag = JSON.stringify(omit.flag);
      lines.push(
        `${propertyKey(omit.flag)}?: Exclude<${body}[${flag}], ${JSON.stringify(omit.exclude)}>;`,
      );
    }
    for (const key of optional)
      lines.push(`${propertyKey(key)}?: ${body}[${JSON.stringify(key)}];`);
  }
  lines.push(...shape.fields.map((field) => fieldLine(field, ctx)));
  if (lines.length > 0) parts.push(renderFields(lines));
  return parts.length === 0 ? "Record<string, never>" : parts.join(" & ");
}

/** The `<Function>Response` types of operations whose answer the spec declares inline. */
export function responseTypeNames(ops: OperationModel[]): string[] {
  return ops.flatMap((op) =>
    op.response.kind === "json" && op.response.name ? [op.response.name] : [],
  );
}

/** What the fields of a params type are, in our words: where each kind of field is sent. */
function paramsDoc(op: OperationModel, fn: string): string {
  const where = [
    op.params.some((p) => p.in === "path") && "path",
    op.params.some((p) => p.in === "query") && "query",
    op.params.some((p) => p.in === "header") && "header",
    op.body && "body",
  ].filter((part): part is string => typeof part === "string");
  const summary =
    where.length === 0
      ? `\`${fn}\` takes no fields.`
      : `The ${where.join(", ").replace(/, ([^,]*)$/, " and $1")} fields of \`${fn}\`.`;
  return docComment([summary, ...operationTags(op)]);
}

/**
 * params.ts: the `<Function>Params` type of every generated function, and the `<Function>Response`
 * type of each answer the spec declares inline.
 */
export function emitParamsModule(doc: any, ops: OperationModel[]): string {
  const ctx: EmitContext = { doc, importFrom: () => "./types.js", used: new Set() };
  const declarations = functionVariants(ops).flatMap(({ op, fn, variant }) => {
    const expression = paramsTypeExpression(paramsShape(op, variant), ctx);
    const out = [`${paramsDoc(op, fn)}\nexport type ${paramsTypeName(fn)} = ${expression};`];
    if (variant === "plain" && op.response.kind === "json" && op.response.name) {
      const type = tsType(op.response.schema, ctx);
      out.push(
        `${docComment([`What \`${fn}\` resolves to.`, ...operationTags(op)])}\nexport type ${op.response.name} =${type.startsWith("\n") ? "" : " "}${type};`,
      );
    }
    return out;
  });
  const imports =
    ctx.used.size > 0
      ? `${importStatement("import type", [...ctx.used].map(typeName), "./types.js")}\n\n`
      : "";
  return `${imports}${declarations.join("\n\n")}\n`;
}
