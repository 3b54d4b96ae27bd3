const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The path prefix under which Prism serves the operations whose spec path key fixes a query
 * (`/responses?beta=true`). Prism routes on the path alone, so those keys would collide with their
 * plain twins (`/responses`) and every request would be validated against the wrong operation.
 */
export const fixedQueryPrefix = (fixedQuery: Record<string, string>): string =>
  `/__${Object.entries(fixedQuery)
    .map(([key, value]) => `${key}_${value}`)
    .join("_")}`;

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/*
 * OpenAPI 3.0's `nullable` beside a `type` is understood by Prism's validator; without a `type`
 * (next to `$ref`, `oneOf`, `anyOf`) the schema fails to compile and Prism quietly stops
 * validating the whole request. Rewriting it as a 3.1 union with `null` keeps the meaning and
 * keeps validation on. A boolean test tells the keyword apart from a property named "nullable".
 */
const rewriteNullable = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = rewriteNullable(value);
  if (typeof out.nullable !== "boolean" || "type" in out) return out;
  const { nullable, ...rest } = out;
  return nullable ? { anyOf: [rest, { type: "null" }] } : rest;
};

const allowsNull = (schema: Record<string, unknown>): boolean =>
  schema.nullable === true ||
  schema.type === "null" ||
  (Array.isArray(schema.type) && schema.type.includes("null"));

/*
 * Prism builds its static answers from `default` values first. A few schemas default to null
 * while their type excludes it (`{"type": "object", "default": null}`), so Prism would answer
 * with a value its own response check rejects. Defaults never constrain a value, so dropping
 * those keeps every check and gives Prism a valid example to build.
 */
const dropImpossibleDefaults = (node: unknown): void => {
  if (typeof node !== "object" || node === null) return;
  if (isObject(node) && node.default === null && node.type !== undefined && !allowsNull(node)) {
    delete node.default;
  }
  for (const value of Object.values(node)) dropImpossibleDefaults(value);
};

/*
 * OpenAPI requires a `description` on every response object and the snapshot drops prose, so
 * Prism skips the bare `{}` success responses and answers with the next one it finds (a 429) or
 * with "no response defined".
 */
const describeResponses = (responses: unknown): void => {
  if (!isObject(responses)) return;
  for (const response of Object.values(responses)) {
    if (isObject(response) && !("$ref" in response) && !("description" in response)) {
      response.description = "";
    }
  }
};

/** Moves `/route?key=value` path keys under their own prefix and makes the fixed query required. */
const routeFixedQueries = (paths: Record<string, any>): Record<string, any> => {
  const out: Record<string, any> = {};
  for (const [key, item] of Object.entries(paths)) {
    const index = key.indexOf("?");
    if (index === -1) {
      out[key] = item;
      continue;
    }
    const fixed = Object.fromEntries(new URLSearchParams(key.slice(index + 1)));
    const required = Object.entries(fixed).map(([name, value]) => ({
      name,
      in: "query",
      required: true,
      schema: { type: "string", enum: [value] },
    }));
    const moved: Record<string, any> = { ...item };
    for (const method of METHODS) {
      if (!isObject(moved[method])) continue;
      moved[method] = {
        ...moved[method],
        parameters: [...(moved[method].parameters ?? []), ...required],
      };
    }
    out[`${fixedQueryPrefix(fixed)}${key.slice(0, index)}`] = moved;
  }
  return out;
};

/**
 * A copy of the snapshot that Prism validates strictly and answers from: untyped `nullable`
 * rewritten, impossible null defaults dropped, response descriptions restored, fixed-query
 * operations routed apart, and this project's own `x-oaikit-*` bookkeeping removed.
 */
export const prismSpec = (snapshot: Record<string, any>): Record<string, any> => {
  const out: Record<string, any> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (!key.startsWith("x-oaikit-")) out[key] = value;
  }
  const rewritten = rewriteNullable(out) as Record<string, any>;
  dropImpossibleDefaults(rewritten);
  describeResponses(rewritten.components?.responses);
  for (const item of Object.values<any>(rewritten.paths ?? {})) {
    for (const method of METHODS) describeResponses(item?.[method]?.responses);
  }
  rewritten.paths = routeFixedQueries(rewritten.paths ?? {});
  return rewritten;
};
