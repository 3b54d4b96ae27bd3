/**
 * Sets one `a[b][c]` / `a[]` style field (multipart forms, query strings) on `target`:
 * brackets nest objects, a trailing `[]` collects an array, and a repeated plain name
 * becomes an array too.
 */
export const setField = (target: Record<string, unknown>, name: string, value: unknown): void => {
  const [head, ...rest] = name.split("[").map((part) => part.replace(/\]$/, ""));
  if (head === undefined) return;
  if (rest.length === 0) {
    const existing = target[head];
    if (existing === undefined) target[head] = value;
    else target[head] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    return;
  }
  if (rest.length === 1 && rest[0] === "") {
    const list = Array.isArray(target[head]) ? (target[head] as unknown[]) : [];
    list.push(value);
    target[head] = list;
    return;
  }
  const child =
    typeof target[head] === "object" && target[head] !== null
      ? (target[head] as Record<string, unknown>)
      : {};
  target[head] = child;
  setField(child, rest.map((part, i) => (i === 0 ? part : `[${part}]`)).join(""), value);
};

/** A query string as an object, leaving out the keys an operation is routed by. */
export const queryFields = (
  query: URLSearchParams,
  skip: Readonly<Record<string, string>> = {},
): Record<string, unknown> => {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of query) if (!(name in skip)) setField(fields, name, value);
  return fields;
};
