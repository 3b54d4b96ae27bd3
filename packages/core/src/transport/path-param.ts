import { ValidationError } from "../errors/openai-error.js";

/**
 * A path parameter, checked and escaped so that it stays the one URL segment it names. An empty
 * or missing id would silently hit another route, and "." or ".." survive escaping only to be
 * removed by URL normalisation: `/files/..` is `/`, and a DELETE of `/vector_stores/vs_1/files/..`
 * would delete the store.
 */
export const pathParam = (name: string, value: unknown): string => {
  const text =
    typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
  if (!text?.trim() || (typeof value === "number" && !Number.isFinite(value))) {
    throw new ValidationError(name, `${name} is required: pass a non-empty string.`);
  }
  if (text === "." || text === "..") {
    throw new ValidationError(
      name,
      `${name} cannot be "${text}": URLs drop that segment, so the call would reach another endpoint.`,
    );
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ValidationError(
      name,
      `${name} holds a lone UTF-16 surrogate, which no URL can carry: pass well-formed text.`,
    );
  }
};
