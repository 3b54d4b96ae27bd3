import * as v from "valibot";
import { isPlainObject, OBJECT_TYPES, schemaOptions, unwrap } from "../schemas/schema-node.js";

export type Checked =
  | { success: true; output: unknown }
  | { success: false; issue: v.BaseIssue<unknown> };

const declaredKeys = (schema: v.GenericSchema): string[] => {
  const node = unwrap(schema);
  return OBJECT_TYPES.has(node.type) ? Object.keys(node.entries ?? {}) : [];
};

const omit = (value: Record<string, unknown>, keys: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)));

/**
 * Runs a params schema over a request's parameters. The generated schema of an operation with
 * path parameters and a closed body is `intersect([Body, { path params }])`; each part of an
 * intersection sees the fields the other parts do not claim, so a strict body is not refused
 * for carrying the path's ids.
 */
export const checkSchema = (schema: v.GenericSchema, value: unknown): Checked => {
  const node = unwrap(schema, value);
  if (node.type !== "intersect" || !isPlainObject(value)) {
    const result = v.safeParse(schema, value);
    return result.success
      ? { success: true, output: result.output }
      : { success: false, issue: result.issues[0] };
  }
  const parts = schemaOptions(node);
  const outputs: unknown[] = [];
  for (const [i, part] of parts.entries()) {
    const own = new Set(declaredKeys(part));
    const others = new Set(
      parts.flatMap((other, j) => (j === i ? [] : declaredKeys(other))).filter((k) => !own.has(k)),
    );
    const checked = checkSchema(part, omit(value, others));
    if (!checked.success) return checked;
    outputs.push(checked.output);
  }
  return { success: true, output: Object.assign({}, ...outputs) };
};
