import * as v from "valibot";
import { requiredFields, sampleValue } from "./sample-value.js";
import {
  isPlainObject,
  OBJECT_TYPES,
  type SchemaNode,
  schemaOptions,
  unwrap,
} from "./schema-node.js";

const fillObject = (node: SchemaNode, value: Record<string, unknown>): Record<string, unknown> => {
  const out = requiredFields(node, value);
  for (const [key, entry] of Object.entries(node.entries ?? {})) {
    const item = out[key];
    if (item === null && !v.is(entry, null)) {
      // An optional field the spec never types as null is left out rather than invented.
      if (v.is(entry, undefined)) delete out[key];
      else out[key] = sampleValue(entry);
    } else if (item !== undefined) out[key] = fillDefaults(entry, item);
  }
  return out;
};

/**
 * `value` completed to match `schema`: required fields it lacks, and nulls where the schema
 * wants a value, get the schema's neutral value (optional ones are dropped); nothing it has is changed otherwise. Each
 * emulated object sets the fields it models and leaves the rest of the spec's shape to this.
 */
export const fillDefaults = (schema: v.GenericSchema, value: unknown): unknown => {
  if (value === undefined) return sampleValue(schema);
  const node = unwrap(schema, value);
  if (OBJECT_TYPES.has(node.type)) return isPlainObject(value) ? fillObject(node, value) : value;
  if (node.type === "array" && node.item && Array.isArray(value)) {
    return value.map((item) => fillDefaults(node.item!, item));
  }
  if (node.type === "record" && node.value && isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillDefaults(node.value!, item)]),
    );
  }
  if (node.type === "intersect") {
    return schemaOptions(node).reduce<unknown>((out, option) => fillDefaults(option, out), value);
  }
  if ((node.type === "union" || node.type === "variant") && !v.is(node, value)) {
    for (const option of schemaOptions(node)) {
      const filled = fillDefaults(option, value);
      if (v.is(option, filled)) return filled;
    }
  }
  return value;
};
