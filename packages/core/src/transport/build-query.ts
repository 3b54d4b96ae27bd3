import { ValidationError } from "../errors/openai-error.js";

const append = (params: URLSearchParams, key: string, value: unknown): void => {
  if (value == null) return;
  if (Array.isArray(value)) for (const item of value) append(params, key, item);
  else if (value instanceof Date) params.append(key, value.toISOString());
  else if (typeof value === "object") {
    for (const [sub, item] of Object.entries(value)) append(params, `${key}[${sub}]`, item);
  } else if (typeof value === "function" || typeof value === "symbol") {
    throw new ValidationError(
      `query.${key}`,
      `query.${key} is a ${typeof value}, which a URL cannot carry: pass a string, number or boolean.`,
    );
  } else params.append(key, String(value));
};

/**
 * The query string ("" or "?…") for the merged `queries`, later ones winning per key (so an
 * explicit `undefined` drops a default). Arrays repeat the key; objects nest as `key[sub]=value`.
 */
export const buildQuery = (...queries: (Record<string, unknown> | undefined)[]): string => {
  const merged: Record<string, unknown> = Object.assign({}, ...queries);
  const keys = Object.keys(merged);
  // Most calls have no query at all: skip building a URLSearchParams for nothing.
  if (keys.length === 0) return "";
  const params = new URLSearchParams();
  for (const key of keys) append(params, key, merged[key]);
  const query = params.toString();
  return query && `?${query}`;
};
