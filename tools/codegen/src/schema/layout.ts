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
