import { ValidationError } from "../errors/openai-error.js";

/** A path parameter, checked and escaped; an empty or missing one would silently hit another route. */
export const pathParam = (name: string, value: unknown): string => {
  if ((typeof value !== "string" && typeof value !== "number") || !String(value).trim()) {
    throw new ValidationError(name, `${name} is required: pass a non-empty string.`);
  }
  return encodeURIComponent(value);
};
