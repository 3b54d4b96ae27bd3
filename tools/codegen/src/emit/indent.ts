/** Indents every line after the first, for a multi-line type placed at `indent`. */
export function indentTail(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** An import of `names`, sorted and deduplicated; the formatter breaks it where it is long. */
export function importStatement(
  prefix: string,
  names: Iterable<string>,
  specifier: string,
): string {
  return `${prefix} { ${[...new Set(names)].sort().join(", ")} } from ${JSON.stringify(specifier)};`;
}
