/** Small readers over snapshot schema fragments; they follow local `$ref`s and `allOf`. */

import { deref } from "../schema/refs.js";

/** Property schemas of an object schema, merged through `allOf`. */
export function propertiesOf(doc: any, schema: unknown): Record<string, unknown> {
  const s = deref(doc, schema);
  if (!s || typeof s !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const part of s.allOf ?? []) Object.assign(out, propertiesOf(doc, part));
  Object.assign(out, s.properties ?? {});
  return out;
}

/** Required property names of an object schema, merged through `allOf`. */
export function requiredOf(doc: any, schema: unknown): string[] {
  const s = deref(doc, schema);
  if (!s || typeof s !== "object") return [];
  const out = new Set<string>(Array.isArray(s.required) ? s.required : []);
  for (const part of s.allOf ?? []) for (const name of requiredOf(doc, part)) out.add(name);
  return [...out];
}

/** Whether a schema (or any branch or property of it) carries a file: `format: binary`. */
export function hasBinary(doc: any, schema: unknown, seen = new Set<unknown>()): boolean {
  const s = deref(doc, schema);
  if (!s || typeof s !== "object" || seen.has(s)) return false;
  seen.add(s);
  if (s.format === "binary") return true;
  const children: unknown[] = [
    ...(s.allOf ?? []),
    ...(s.anyOf ?? []),
    ...(s.oneOf ?? []),
    ...Object.values(s.properties ?? {}),
  ];
  if (s.items) children.push(s.items);
  return children.some((child) => hasBinary(doc, child, seen));
}
