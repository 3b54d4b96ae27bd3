/**
 * Identifiers for component schemas. Names are derived from the component name alone so they stay
 * stable when other components come and go; `assertUniqueNames` catches the rare clash.
 */

/**
 * Words a PascalCase name could still collide with: TypeScript's built-in type names, and `Blob`,
 * which the type modules use for binary fields.
 */
const TAKEN = new Set([
  "Any",
  "Blob",
  "Boolean",
  "Never",
  "Number",
  "Object",
  "String",
  "Symbol",
  "Unknown",
]);

export function typeName(component: string): string {
  const parts = component.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0);
  if (parts.length === 0) {
    throw new Error(`Component schema name "${component}" has no letters or digits to name it by.`);
  }
  const name = parts.map((part) => part[0]!.toUpperCase() + part.slice(1)).join("");
  if (/^[0-9]/.test(name)) return `Schema${name}`;
  return TAKEN.has(name) ? `${name}Type` : name;
}

export function schemaName(component: string): string {
  return `${typeName(component)}Schema`;
}

/**
 * Throws when two components would share a type name or a schema name. Type and schema names
 * may coincide (`ResponseFormatJsonSchema`'s schema vs. the `ResponseFormatJsonSchemaSchema`
 * type) because the valibot modules reach types only through the `T.` namespace.
 */
export function assertUniqueNames(components: Iterable<string>): void {
  const types = new Map<string, string>();
  for (const component of components) {
    const name = typeName(component);
    const other = types.get(name);
    if (other !== undefined) {
      throw new Error(
        `Component schemas "${other}" and "${component}" both map to the identifier "${name}"; ` +
          "extend typeName in tools/codegen/src/schema/names.ts to tell them apart.",
      );
    }
    types.set(name, component);
  }
}
