import type { EmitContext } from "../schema/emit-context.js";
import { tsType } from "../schema/emit-types.js";
import { vSchema } from "../schema/emit-valibot.js";
import { schemaName, typeName } from "../schema/names.js";
import { importStatement } from "./indent.js";

/** The module declaring the union type (types.js declares or re-exports every member). */
export const WEBHOOK_UNION_TYPES = "webhook-event.ts";
/** The module declaring its valibot schema, beside the members' schemas of schemas.js. */
export const WEBHOOK_UNION_SCHEMAS = "webhook-event-schema.ts";

/** How a sibling module imports a generated file. */
export const moduleSpecifier = (file: string) => `./${file.replace(/\.ts$/, ".js")}`;

/** `export type <name> = | A | B ...;` over the union's members. */
export function emitWebhookUnionTypeModule(doc: any, name: string, union: unknown): string {
  const ctx: EmitContext = { doc, importFrom: () => "./types.js", used: new Set() };
  const type = tsType(union, ctx);
  return [
    importStatement("import type", [...ctx.used].map(typeName), "./types.js"),
    "",
    "/** Any webhook event payload; narrow it on `type`. */",
    `export type ${name} =${type.startsWith("\n") ? "" : " "}${type};`,
    "",
  ].join("\n");
}

/** `export const <name>Schema`: a `v.variant` on `type` over the members' schemas. */
export function emitWebhookUnionSchemaModule(doc: any, name: string, union: unknown): string {
  const ctx: EmitContext = { doc, importFrom: () => "./schemas.js", used: new Set() };
  const expression = vSchema(union, ctx);
  const head = `export const ${name}Schema: v.GenericSchema<${name}> =`;
  const declaration = `${head} ${expression};`;
  return [
    'import * as v from "valibot";',
    importStatement("import", [...ctx.used].map(schemaName), "./schemas.js"),
    importStatement("import type", [name], moduleSpecifier(WEBHOOK_UNION_TYPES)),
    "",
    "/** Checks a parsed webhook body against every event payload, picked by its `type`. */",
    declaration,
    "",
  ].join("\n");
}
