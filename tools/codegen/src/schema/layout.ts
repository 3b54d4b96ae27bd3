/** Line width the emitters aim for, like the repo's formatter. */
export const WIDTH = 100;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as it may appear in an object type or object literal. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

export function literalText(value: string | number | boolean): string {
  return JSON.stringify(value);
}

/** `name { a, b }` on one line, or one item per line when it does not fit. */
export function importLine(prefix: string, names: string[], specifier: string): string {
  const single = `${prefix} { ${names.join(", ")} } from ${JSON.stringify(specifier)};`;
  if (single.length <= WIDTH) return single;
  return `${prefix} {\n${names.map((name) => `  ${name},`).join("\n")}\n} from ${JSON.stringify(specifier)};`;
}
