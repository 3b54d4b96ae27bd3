import * as v from "valibot";
import { OBJECT_TYPES, type SchemaNode, schemaOptions, unwrap } from "./schema-node.js";

const requirement = (node: SchemaNode, type: string): number | undefined => {
  const action = node.pipe?.find((item) => item.type === type);
  return typeof action?.requirement === "number" ? action.requirement : undefined;
};

const sampleNumber = (node: SchemaNode): number => {
  const min = requirement(node, "min_value");
  const above = requirement(node, "gt_value");
  if (min !== undefined) return min;
  if (above !== undefined) return Math.floor(above) + 1;
  return 0;
};

/**
 * The neutral value of a schema: null where allowed, else "", 0, false, [], the first enum
 * value, or an object of its required fields. It fills what an emulated object does not model.
 */
export const sampleValue = (schema: v.GenericSchema): unknown => {
  if (v.is(schema, null)) return null;
  const node = unwrap(schema);
  if (OBJECT_TYPES.has(node.type)) return requiredFields(node, {});
  switch (node.type) {
    case "string":
      return "x".repeat(requirement(node, "min_length") ?? 0);
    case "number":
      return sampleNumber(node);
    case "boolean":
      return false;
    case "literal":
      return node.literal;
    case "picklist":
    case "enum":
      return node.options?.[0];
    case "array":
      return [];
    case "record":
      return {};
    case "intersect":
      return Object.assign({}, ...schemaOptions(node).map(sampleValue));
    case "union":
    case "variant": {
      const samples = schemaOptions(node).map(sampleValue);
      return samples.find((sample) => v.is(node, sample)) ?? samples[0];
    }
    default:
      return null;
  }
};

/** `value`'s fields, plus a sample of each required field it lacks. */
export const requiredFields = (
  node: SchemaNode,
  value: Record<string, unknown>,
): Record<string, unknown> => {
  const out = { ...value };
  for (const [key, entry] of Object.entries(node.entries ?? {})) {
    if (out[key] === undefined && !v.is(entry, undefined)) out[key] = sampleValue(entry);
  }
  return out;
};
