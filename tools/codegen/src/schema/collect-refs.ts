import { resolvePointer, schemaRefName } from "./refs.js";

/** Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYS = new Set(["enum", "const", "default", "example", "examples"]);

/** Maps keyed by names (a property may be called "default"), so DATA_KEYS do not apply to them. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "schemas",
  "responses",
  "content",
  "headers",
  "encoding",
  "paths",
  "webhooks",
  "requestBodies",
  "parameters",
]);

/**
 * Every component schema reachable from the given fragments, following `$ref`s through component
 * schemas and through other local targets (`#/components/responses/...`) alike.
 */
export function collectRefs(doc: any, roots: unknown[]): Set<string> {
  const found = new Set<string>();
  const followed = new Set<string>();
  const stack: Array<{ node: unknown; names: boolean }> = roots.map((node) => ({
    node,
    names: false,
  }));
  while (stack.length > 0) {
    const { node, names } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, names: false });
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    for (const [key, value] of Object.entries(node)) {
      if (!names && key === "$ref" && typeof value === "string") {
        if (followed.has(value)) continue;
        followed.add(value);
        const name = schemaRefName(value);
        if (name !== undefined) found.add(name);
        const target = resolvePointer(doc, value);
        if (target === undefined) throw new Error(`Unresolvable $ref "${value}" in the snapshot.`);
        stack.push({ node: target, names: false });
      } else if (names || !DATA_KEYS.has(key)) {
        stack.push({ node: value, names: !names && NAME_MAPS.has(key) });
      }
    }
  }
  return found;
}
