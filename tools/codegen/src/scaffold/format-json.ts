function inline(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`,
  );
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

/** Manifest fields kept one entry per line, so adding a dependency is a one-line diff. */
const EXPANDED = new Set(["dependencies", "devDependencies", "peerDependencies"]);

/**
 * JSON laid out like the repo's hand-written manifests: two-space indent, and a nested array or
 * object kept on one line when that line stays within 100 columns.
 */
export function formatJson(value: unknown, indent = "", key = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const one = inline(value);
  if (indent !== "" && !EXPANDED.has(key) && indent.length + one.length <= 100) return one;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${formatJson(item, inner)}`)
    : Object.entries(value).map(
        ([k, item]) => `${inner}${JSON.stringify(k)}: ${formatJson(item, inner, k)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return lines.length === 0
    ? `${open}${close}`
    : `${open}\n${lines.join(",\n")}\n${indent}${close}`;
}
