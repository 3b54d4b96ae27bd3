/** Indents every line after the first, for a multi-line type placed at `indent`. */
export function indentTail(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** An import of `names` (sorted, deduplicated), one line or one name per line past 100 columns. */
export function importStatement(
  prefix: string,
  names: Iterable<string>,
  specifier: string,
): string {
  const sorted = [...new Set(names)].sort();
  const single = `${prefix} { ${sorted.join(", ")} } from ${JSON.stringify(specifier)};`;
  if (single.length <= 100) return single;
  return `${prefix} {\n${sorted.map((name) => `  ${name},`).join("\n")}\n} from ${JSON.stringify(specifier)};`;
}
