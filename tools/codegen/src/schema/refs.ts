// The one place a `$ref` is read: every pointer segment is unescaped (RFC 6901 `~1` -> `/`,
// `~0` -> `~`, after URI decoding), whichever part of the spec it points into.

const SCHEMA_PREFIX = "#/components/schemas/";

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The component name a `$ref` points at, or undefined when it points elsewhere. */
export function schemaRefName(ref: string): string | undefined {
  if (!ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const rest = ref.slice(SCHEMA_PREFIX.length);
  return rest.includes("/") ? undefined : unescapePointer(rest);
}

/** A `$ref` to the component schema `name`, escaped as a JSON pointer segment. */
export function schemaRef(name: string): { $ref: string } {
  return { $ref: SCHEMA_PREFIX + name.replace(/~/g, "~0").replace(/\//g, "~1") };
}

/** The component name a node's `$ref` points at, or undefined for a node that is no such ref. */
export function refName(node: unknown): string | undefined {
  const ref = (node as { $ref?: unknown } | null)?.$ref;
  return typeof ref === "string" ? schemaRefName(ref) : undefined;
}

/** Follows a local JSON pointer (`#/a/b`) inside the document. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const segment of ref.slice(2).split("/")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[unescapePointer(segment)];
  }
  return node;
}

/**
 * The node itself, or what its chain of `$ref`s ends at (a schema, a parameter...); a chain that
 * loops ends where it would repeat.
 */
export function deref(doc: unknown, node: unknown): any {
  let current: any = node;
  const seen = new Set<string>();
  while (typeof current?.$ref === "string" && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

export function componentSchema(doc: any, component: string): unknown {
  const schemas = doc?.components?.schemas;
  if (typeof schemas !== "object" || schemas === null || !Object.hasOwn(schemas, component)) {
    throw new Error(`The snapshot has no component schema named "${component}".`);
  }
  return schemas[component];
}
