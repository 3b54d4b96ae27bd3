import { samplePattern } from "./sample-pattern.js";

export interface SampleContext {
  /** The OpenAPI document `$ref`s point into. */
  doc: any;
  /** Multipart bodies carry `format: binary` fields as files; JSON bodies never do. */
  multipart: boolean;
}

/** Deep enough for every real schema; a cycle through required fields stops here instead. */
const MAX_DEPTH = 24;

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const pointer = (doc: any, ref: string): any => {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}.`);
  let node = doc;
  for (const part of ref.slice(2).split("/")) {
    node = node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (node === undefined) throw new Error(`Unresolved $ref ${ref}.`);
  return node;
};

/** The schema a `$ref` names, with the ref's own sibling keywords laid over it (OpenAPI 3.1). */
export const deref = (doc: any, schema: unknown): Record<string, any> => {
  let node: any = schema;
  while (isObject(node) && typeof node.$ref === "string") {
    const { $ref, ...siblings } = node;
    node = { ...pointer(doc, $ref), ...siblings };
  }
  return isObject(node) ? node : {};
};

const isNullSchema = (doc: any, schema: unknown): boolean => {
  const s = deref(doc, schema);
  return s.type === "null" || (Array.isArray(s.enum) && s.enum.every((v: unknown) => v === null));
};

/*
 * The first non-null member of a union, except that a multipart form takes a single file where
 * one is allowed: core sends arrays and objects as bracketed keys (`files[]`, `video[id]`), which
 * the API reads but Prism, following OpenAPI's flat form encoding, does not.
 */
const pickBranch = (union: unknown[], ctx: SampleContext): unknown => {
  const candidates = union.filter((b) => !isNullSchema(ctx.doc, b));
  const file = ctx.multipart
    ? candidates.find((b) => deref(ctx.doc, b).format === "binary")
    : undefined;
  return file ?? candidates[0] ?? union[0];
};

/** `type` may be a 3.1 list; the first non-null member decides what to build. */
const typeOf = (s: Record<string, any>): string | undefined => {
  if (Array.isArray(s.type)) return s.type.find((t: string) => t !== "null");
  if (typeof s.type === "string") return s.type;
  if (isObject(s.properties) || Array.isArray(s.required)) return "object";
  if (s.items !== undefined) return "array";
  return undefined;
};

/**
 * Merges an `allOf` into one object schema, so a field one part requires and another part
 * declares is still sampled.
 */
const flattenAllOf = (doc: any, s: Record<string, any>): Record<string, any> => {
  const { allOf, ...rest } = s;
  let merged: Record<string, any> = { ...rest };
  for (const part of allOf as unknown[]) {
    const p = deref(doc, part);
    const flat = Array.isArray(p.allOf) ? flattenAllOf(doc, p) : p;
    merged = {
      ...flat,
      ...merged,
      properties: { ...flat.properties, ...merged.properties },
      required: [...(flat.required ?? []), ...(merged.required ?? [])],
    };
  }
  return merged;
};

const sampleString = (s: Record<string, any>, ctx: SampleContext): unknown => {
  if (s.format === "binary") {
    return ctx.multipart ? new Blob(["sample bytes"], { type: "application/octet-stream" }) : "";
  }
  if (typeof s.pattern === "string") return samplePattern(s.pattern);
  let value: string;
  switch (s.format) {
    case "uri":
      value = "https://example.com/sample";
      break;
    case "date":
      value = "2025-01-01";
      break;
    case "date-time":
      value = "2025-01-01T00:00:00Z";
      break;
    case "email":
      value = "sample@example.com";
      break;
    default:
      value = "sample";
  }
  if (typeof s.minLength === "number" && value.length < s.minLength) {
    value = value.padEnd(s.minLength, "x");
  }
  if (typeof s.maxLength === "number" && value.length > s.maxLength) {
    value = value.slice(0, Math.max(s.maxLength, s.minLength ?? 1));
  }
  return value;
};

const sampleNumber = (s: Record<string, any>, integer: boolean): number => {
  if (s.format === "unixtime") return 1_735_689_600;
  const step = integer ? 1 : 0.5;
  let low: number | undefined;
  if (typeof s.minimum === "number") low = s.minimum;
  if (typeof s.exclusiveMinimum === "number") low = s.exclusiveMinimum + step;
  let value = low ?? 1;
  if (typeof s.maximum === "number" && value > s.maximum) value = s.maximum;
  if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) {
    value = s.exclusiveMaximum - step;
  }
  return integer ? Math.ceil(value) : value;
};

/**
 * A value valid against a JSON schema: required fields only, the first non-null member of a
 * union, the first enum value, the smallest allowed number, one item per array. Deterministic,
 * so a failure names the same value on every run.
 */
export const sampleValue = (schema: unknown, ctx: SampleContext, depth = 0): unknown => {
  if (depth > MAX_DEPTH) throw new Error("Schema nests deeper than the sampler follows.");
  let s = deref(ctx.doc, schema);
  if (Array.isArray(s.allOf)) s = flattenAllOf(ctx.doc, s);
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) {
    const value = s.enum.find((v: unknown) => v !== null);
    if (value !== undefined) return value;
  }
  const union = s.oneOf ?? s.anyOf;
  if (Array.isArray(union)) {
    const branch = pickBranch(union, ctx);
    const { oneOf: _one, anyOf: _any, ...rest } = s;
    const chosen = deref(ctx.doc, branch);
    // Keywords beside the union (an object's required list, say) apply to the branch too.
    return sampleValue(
      Object.keys(rest).length > 0 ? { allOf: [rest, chosen] } : chosen,
      ctx,
      depth + 1,
    );
  }
  switch (typeOf(s)) {
    case "string":
      return sampleString(s, ctx);
    case "integer":
      return sampleNumber(s, true);
    case "number":
      return sampleNumber(s, false);
    case "boolean":
      return typeof s.default === "boolean" ? s.default : false;
    case "null":
      return null;
    case "array": {
      const count = Math.max(1, s.minItems ?? 0);
      return Array.from({ length: count }, () => sampleValue(s.items ?? {}, ctx, depth + 1));
    }
    case "object":
      return sampleObject(s, ctx, depth);
    default:
      return "sample";
  }
};

const sampleObject = (
  s: Record<string, any>,
  ctx: SampleContext,
  depth: number,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const properties = isObject(s.properties) ? s.properties : {};
  for (const name of new Set<string>(s.required ?? [])) {
    const property = properties[name];
    out[name] = property === undefined ? "sample" : sampleValue(property, ctx, depth + 1);
  }
  return out;
};
