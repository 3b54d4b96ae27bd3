import type { OperationModel } from "../model/operation-model.js";
import {
  type ParamsShape,
  paramsShape,
  relaxedBodySchema,
  remainingFlagSchema,
} from "../model/params-shape.js";
import type { EmitContext } from "../schema/emit-context.js";
import { vSchema } from "../schema/emit-valibot.js";
import { schemaName } from "../schema/names.js";
import { deref } from "../schema/refs.js";
import { paramsSchemaName, paramsTypeName } from "./identifiers.js";
import { importStatement } from "./indent.js";
import { functionVariants } from "./params-module.js";

/** The params shape as one schema fragment, so the schema emitter renders it like any other. */
export function paramsFragment(doc: any, shape: ParamsShape): unknown {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const field of shape.fields) {
    properties[field.key] = field.schema;
    if (field.required) required.push(field.key);
  }
  const omit = shape.body?.omit;
  if (shape.body && omit?.exclude !== undefined) {
    properties[omit.flag] = remainingFlagSchema(doc, shape.body.schema, omit.flag, omit.exclude);
  }
  const own = { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
  // Nothing to send: any key would be a mistake.
  if (!shape.body && shape.fields.length === 0) return { ...own, additionalProperties: false };
  if (!shape.body) return own;
  const body = shape.body.optional
    ? relaxedBodySchema(doc, shape.body.schema, shape.body.optional)
    : shape.body.schema;
  if (Object.keys(properties).length === 0) return body;
  return withFields(doc, body, own);
}

/**
 * The body schema widened by the params' own fields. A union body gets the fields on each member,
 * so that closed members (additionalProperties: false) take them in instead of rejecting them.
 */
function withFields(
  doc: any,
  body: any,
  own: { properties: Record<string, unknown>; required?: string[] },
): unknown {
  const target = deref(doc, body);
  const keys = Object.keys(target ?? {});
  for (const union of ["oneOf", "anyOf"]) {
    if (Array.isArray(target?.[union]) && keys.every((k) => k === union || k === "discriminator")) {
      return { [union]: target[union].map((member: unknown) => ({ allOf: [member, own] })) };
    }
  }
  if (target?.additionalProperties === false && target.properties) {
    // A closed body takes the fields in as its own properties; kept apart it would reject them.
    return {
      ...target,
      properties: { ...target.properties, ...own.properties },
      required: [...(target.required ?? []), ...(own.required ?? [])],
    };
  }
  return { allOf: [body, own] };
}

/**
 * request-schemas.ts: a valibot schema per generated function's params (`<Function>ParamsSchema`),
 * for checking a request before it is sent. Opt-in through the package's `/schemas` subpath.
 */
export function emitRequestSchemasModule(doc: any, ops: OperationModel[]): string {
  const ctx: EmitContext = { doc, importFrom: () => "./schemas.js", used: new Set() };
  const types = new Set<string>();
  const declarations = functionVariants(ops).map(({ op, fn, variant }) => {
    const type = paramsTypeName(fn);
    types.add(type);
    const expression = vSchema(paramsFragment(doc, paramsShape(op, variant)), ctx);
    const head = `export const ${paramsSchemaName(fn)}: v.GenericSchema<${type}> =`;
    return `${head} ${expression};`;
  });
  const imports = [
    'import * as v from "valibot";',
    importStatement("import type", types, "./params.js"),
  ];
  if (ctx.used.size > 0)
    imports.push(importStatement("import", [...ctx.used].map(schemaName), "./schemas.js"));
  return `${imports.join("\n")}\n\n${declarations.join("\n\n")}\n`;
}
