import type { OperationModel, ParamModel } from "../model/operation-model.js";
import { paramsShape } from "../model/params-shape.js";
import type { EmitContext } from "../schema/emit-context.js";
import { tsType } from "../schema/emit-types.js";
import { typeName } from "../schema/names.js";
import { deref, schemaRef } from "../schema/refs.js";
import { type Arg, callText, type Entry } from "./call-text.js";
import { paramsTypeName, propertyKey } from "./identifiers.js";
import { importStatement, indentTail } from "./indent.js";
import { operationDoc } from "./operation-doc.js";
import { type FunctionVariant, generatedVariants } from "./params-module.js";

/** Names a destructured field must not shadow, and words that cannot be bindings. */
const RESERVED = new Set([
  "client",
  "params",
  "options",
  "body",
  "query",
  "request",
  "requestBinary",
  "requestPage",
  "requestStream",
  "pathParam",
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "let",
  "new",
  "null",
  "return",
  "static",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
]);

interface Binding {
  field: string;
  local: string;
}

function bind(field: string): Binding {
  return { field, local: RESERVED.has(field) ? `${field}_` : field };
}

function pattern(bindings: Binding[], rest: string | undefined): string {
  const parts = bindings.map((b) =>
    b.field === b.local ? b.field : `${propertyKey(b.field)}: ${b.local}`,
  );
  if (rest !== undefined) parts.push(`...${rest}`);
  return `{ ${parts.join(", ")} }`;
}

function pathExpression(op: OperationModel, locals: Map<string, string>): string {
  if (!op.route.includes("{")) return JSON.stringify(op.route);
  const template = op.route.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const local = locals.get(name);
    if (local === undefined)
      throw new Error(`${op.operationId}: path placeholder {${name}} has no parameter`);
    return `\${pathParam(${JSON.stringify(name)}, ${local})}`;
  });
  return `\`${template}\``;
}

function headerValue(doc: any, p: ParamModel, local: string): string {
  return deref(doc, p.schema)?.type === "array"
    ? `${local}?.join(",")`
    : `${local} === undefined ? undefined : String(${local})`;
}

interface Emitted {
  core: Set<string>;
  coreTypes: Set<string>;
  paramsTypes: Set<string>;
}

/**
 * `Name<Type>`; a type that spans lines (a long union) or would pass `room` columns goes on its own
 * indented lines between `Name<` and `>`, as the repo's formatter lays it out. The rooms below
 * leave space for `): ` and ` {` in a signature (93) and `  return ` and `(` in a body (90).
 */
export function generic(name: string, type: string, room: number): string {
  if (type.startsWith("\n")) return `${name}<${type}\n>`;
  if (!type.includes("\n") && name.length + type.length + 2 > room) return `${name}<\n  ${type}\n>`;
  return `${name}<${type}>`;
}

/**
 * The declared result type and the type argument of the core call. Types declared in params.ts
 * (a named inline answer) are added to `fromParams` for the caller to import.
 */
export function returnType(
  op: OperationModel,
  variant: "plain" | "stream",
  ctx: EmitContext,
  globalResponse: boolean,
  fromParams: Set<string>,
): [string, string] {
  if (variant === "stream") {
    const event = typeName(op.stream!.event);
    ctx.used.add(op.stream!.event);
    // Core ends the stream at `[DONE]` and throws on an `event: error` frame, so neither frame's
    // payload is ever yielded.
    // Likewise an event whose `type` is "error" is thrown as an APIError, never yielded.
    const type =
      op.stream!.payload === "data"
        ? `Exclude<${event}, { event: "error" } | { data: "[DONE]" }>["data"]`
        : hasErrorTypeMember(ctx.doc, op.stream!.event)
          ? `Exclude<${event}, { type: "error" }>`
          : event;
    return [generic("Stream", type, 93), type];
  }
  if (op.pagination) {
    const item = indentTail(tsType(op.pagination.item, ctx), "  ");
    return [`PagePromise<${item}>`, item];
  }
  switch (op.response.kind) {
    case "json": {
      if (op.response.name) {
        fromParams.add(op.response.name);
        return [`Promise<${op.response.name}>`, op.response.name];
      }
      const type = tsType(op.response.schema, ctx);
      return [generic("Promise", type, 93), type];
    }
    case "binary":
      return [globalResponse ? "Promise<globalThis.Response>" : "Promise<Response>", ""];
    case "text":
      return ["Promise<string>", "string"];
    case "empty":
      return ["Promise<void>", "void"];
  }
}

function emitFunction(
  doc: any,
  { op, fn, variant }: FunctionVariant,
  ctx: EmitContext,
  out: Emitted,
  globalResponse: boolean,
): string {
  const shape = paramsShape(op, variant);
  const flag = op.stream?.flag;
  const path = op.params.filter((p) => p.in === "path");
  const headers = op.params.filter((p) => p.in === "header");
  const query = op.params.filter(
    (p) => p.in === "query" && !(flag?.in === "query" && p.field === flag.name),
  );
  const hasBody = op.body !== undefined && op.body.type !== "sdp";

  const bindings: Binding[] = [...path, ...headers].map((p) => bind(p.field));
  const explicitQuery =
    hasBody || op.body?.type === "sdp" ? query : query.filter((p) => p.wire !== p.field);
  bindings.push(...explicitQuery.map((p) => bind(p.field)));
  if (op.body?.type === "sdp") bindings.push(bind("sdp"));
  const locals = new Map(bindings.map((b) => [b.field, b.local]));
  const restQuery = !hasBody && op.body?.type !== "sdp" && query.some((p) => p.wire === p.field);
  const restName = hasBody ? "body" : restQuery ? "query" : undefined;
  const destructure = bindings.length > 0;
  const source = destructure ? restName : "params";

  const spec: Entry[] = [
    `method: ${JSON.stringify(op.method)}`,
    `path: ${pathExpression(op, locals)}`,
  ];
  if (op.route.includes("{")) out.core.add("pathParam");

  const queryParts: string[] = [];
  if (!hasBody && op.body?.type !== "sdp" && source !== undefined && query.length > 0) {
    queryParts.push(`...${source}`);
  }
  for (const p of explicitQuery) {
    const local = locals.get(p.field)!;
    queryParts.push(p.wire === local ? local : `${propertyKey(p.wire)}: ${local}`);
  }
  if (variant === "stream" && flag?.in === "query")
    queryParts.push(`${propertyKey(flag.name)}: ${JSON.stringify(flag.value)}`);
  for (const [key, value] of Object.entries(op.fixedQuery))
    queryParts.push(`${propertyKey(key)}: ${JSON.stringify(value)}`);
  if (queryParts.length === 1 && queryParts[0] === "...query") spec.push("query");
  else if (queryParts.length === 1 && queryParts[0] === "...params") spec.push("query: params");
  else if (queryParts.length > 0) spec.push({ key: "query", value: { entries: queryParts } });

  if (hasBody) {
    const from = source ?? "params";
    const streamFlag = variant === "stream" && flag?.in === "body";
    const fields = streamFlag
      ? `{ ...${from}, ${propertyKey(flag!.name)}: ${JSON.stringify(flag!.value)} }`
      : from;
    if (op.body!.type === "multipart") {
      // Core takes the form builder from the caller, so bundles without uploads never carry it;
      // a thunk, so a stream that is never iterated never builds the form (nor rejects unseen).
      out.core.add("buildMultipart");
      spec.push(`body: () => buildMultipart(${fields})`, `bodyType: "multipart"`);
    } else if (streamFlag) {
      const entries = [`...${from}`, `${propertyKey(flag!.name)}: ${JSON.stringify(flag!.value)}`];
      spec.push({ key: "body", value: { entries } });
    } else spec.push(from === "body" ? "body" : `body: ${from}`);
  } else if (op.body?.type === "sdp") {
    // The answer is an SDP document, and the API refuses (406) a request that accepts only JSON.
    spec.push(`body: ${locals.get("sdp")}`, `bodyType: "sdp"`, `accept: "application/sdp"`);
  }
  if (op.auth) spec.push(`auth: ${JSON.stringify(op.auth)}`);

  let optionsArg: Arg = "options";
  if (headers.length > 0) {
    const entries = headers.map(
      (p) => `${JSON.stringify(p.wire)}: ${headerValue(doc, p, locals.get(p.field)!)}`,
    );
    optionsArg = {
      entries: [
        "...options",
        { key: "headers", value: { entries: [...entries, "...options?.headers"] } },
      ],
    };
  }

  const [declared, inner] = returnType(op, variant, ctx, globalResponse, out.paramsTypes);
  const specArg: Arg = { entries: spec };
  let callee: string;
  let args: Arg[] = ["client", specArg, optionsArg];
  if (variant === "stream") {
    out.core.add("requestStream");
    out.coreTypes.add("Stream");
    callee = indentTail(generic("requestStream", inner, 90), "  ");
  } else if (op.pagination) {
    out.core.add("requestPage");
    out.coreTypes.add("PagePromise");
    callee = `requestPage<${inner}>`;
    const descriptor = Object.entries(op.pagination.descriptor).map(
      ([key, value]) => `${propertyKey(key)}: ${JSON.stringify(value)}`,
    );
    args = ["client", specArg, { entries: descriptor }, optionsArg];
  } else if (op.response.kind === "binary") {
    out.core.add("requestBinary");
    callee = "requestBinary";
  } else {
    out.core.add("request");
    callee = indentTail(generic("request", inner, 90), "  ");
  }

  const paramsType = paramsTypeName(fn);
  out.paramsTypes.add(paramsType);
  const body = destructure ? [`  const ${pattern(bindings, restName)} = params;`] : [];
  body.push(callText("return ", callee, args));
  return [
    operationDoc(op, variant),
    `export function ${fn}(`,
    "  client: Client,",
    `  params: ${paramsType}${shape.required ? "" : " = {}"},`,
    "  options?: RequestOptions,",
    `): ${declared} {`,
    ...body,
    "}",
  ].join("\n");
}

/** operations.ts: one free function per operation (and per streaming twin). */
export function emitOperationsModule(
  doc: any,
  ops: OperationModel[],
  localTypes: Set<string>,
): string {
  const ctx: EmitContext = { doc, importFrom: () => "./types.js", used: new Set() };
  const out: Emitted = {
    core: new Set(),
    coreTypes: new Set(["Client", "RequestOptions"]),
    paramsTypes: new Set(),
  };
  const globalResponse = [...localTypes].some((c) => typeName(c) === "Response");
  const functions = generatedVariants(ops).map((variant) =>
    emitFunction(doc, variant, ctx, out, globalResponse),
  );
  const coreNames = [...[...out.coreTypes].map((n) => `type ${n}`), ...out.core].sort((a, b) => {
    const x = a.replace(/^type /, "");
    const y = b.replace(/^type /, "");
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const imports = [
    `import { ${coreNames.join(", ")} } from "@oaikit/core";`,
    importStatement("import type", out.paramsTypes, "./params.js"),
  ];
  if (ctx.used.size > 0)
    imports.push(importStatement("import type", [...ctx.used].map(typeName), "./types.js"));
  return `${imports.join("\n")}\n\n${functions.join("\n\n")}\n`;
}

/** Whether a union of stream events has a member tagged `type: "error"`. */
function hasErrorTypeMember(doc: any, component: string): boolean {
  const seen = new Set<unknown>();
  const visit = (schema: any): boolean => {
    const node = deref(doc, schema);
    if (!node || seen.has(node)) return false;
    seen.add(node);
    const tag = node.properties?.type;
    if (tag?.const === "error" || (tag?.enum?.length === 1 && tag.enum[0] === "error")) return true;
    return [...(node.oneOf ?? []), ...(node.anyOf ?? [])].some(visit);
  };
  return visit(schemaRef(component));
}
