import * as v from "valibot";
import { isPlainObject, OBJECT_TYPES, schemaOptions, unwrap } from "./schema-node.js";

const scalarCandidates = (text: string): unknown[] => {
  const candidates: unknown[] = [];
  if (text.trim() !== "" && Number.isFinite(Number(text))) candidates.push(Number(text));
  if (text === "true" || text === "false") candidates.push(text === "true");
  if (text === "null") candidates.push(null);
  return candidates;
};

/**
 * Turns the text leaves of a query string or multipart form into the numbers, booleans and
 * arrays the operation's schema expects (`limit=5`, `n=2`, a lone `include=x`), so one schema
 * checks JSON, query and form input alike. Values the schema does not describe stay as sent.
 */
export const coerce = (schema: v.GenericSchema, value: unknown): unknown => {
  if (value === undefined || value === null) return value;
  const node = unwrap(schema, value);
  if (OBJECT_TYPES.has(node.type)) {
    if (!isPlainObject(value)) return value;
    const entries = node.entries ?? {};
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        entries[key] ? coerce(entries[key], item) : item,
      ]),
    );
  }
  if (node.type === "array" && node.item) {
    return (Array.isArray(value) ? value : [value]).map((item) => coerce(node.item!, item));
  }
  if (node.type === "record" && node.value && isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, coerce(node.value!, item)]),
    );
  }
  if (node.type === "intersect") {
    return schemaOptions(node).reduce<unknown>((current, option) => coerce(option, current), value);
  }
  if (v.is(node, value)) return value;
  if (node.type === "union" || node.type === "variant") {
    for (const option of schemaOptions(node)) {
      const converted = coerce(option, value);
      if (v.is(option, converted)) return converted;
    }
    return value;
  }
  if (typeof value !== "string") return value;
  return scalarCandidates(value).find((candidate) => v.is(node, candidate)) ?? value;
};
