/** "vector_stores" → "VectorStores", "chatkit" → "ChatKit". */
const SPECIAL: Record<string, string> = { chatkit: "ChatKit" };

export function pascal(segment: string): string {
  const special = SPECIAL[segment];
  if (special !== undefined) return special;
  return segment
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** "list_items" → "listItems". */
export function camel(segment: string): string {
  const name = pascal(segment);
  return name[0]!.toLowerCase() + name.slice(1);
}

/** The params type of a function: createResponse → CreateResponseParams. */
export function paramsTypeName(fn: string): string {
  return `${fn[0]!.toUpperCase()}${fn.slice(1)}Params`;
}

export function paramsSchemaName(fn: string): string {
  return `${paramsTypeName(fn)}Schema`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
