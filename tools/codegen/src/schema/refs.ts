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

export function componentSchema(doc: any, component: string): unknown {
  const schemas = doc?.components?.schemas;
  if (typeof schemas !== "object" || schemas === null || !Object.hasOwn(schemas, component)) {
    throw new Error(`The snapshot has no component schema named "${component}".`);
  }
  return schemas[component];
}
