import { ValidationError } from "../errors/openai-error.js";

/** `value` unchanged if it is a whole number from `min` to `max` (or absent), else a ValidationError. */
const checkCount = (
  name: string,
  value: number | undefined,
  min: number,
  max: number,
): number | undefined => {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new ValidationError(
      name,
      `${name} must be a whole number from ${min} to ${max}, got ${value}.`,
    );
  }
  return value;
};

/** Per attempt, in ms; the cap is the largest delay setTimeout accepts. */
export const checkTimeout = (value: number | undefined) =>
  checkCount("timeout", value, 1, 2 ** 31 - 1);

export const checkMaxRetries = (value: number | undefined) =>
  checkCount("maxRetries", value, 0, 99);
