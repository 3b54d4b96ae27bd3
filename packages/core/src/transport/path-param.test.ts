import { expect, test } from "vitest";
import { ValidationError } from "../errors/openai-error.js";
import { pathParam } from "./path-param.js";

const refusal = (value: unknown): ValidationError => {
  try {
    pathParam("file_id", value);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error(`pathParam accepted ${String(value)}`);
};

test.each([".", "..", "\ud800", "file\udfff", "", "  ", undefined, null, Number.NaN, Infinity, {}])(
  "refuses %j with a ValidationError naming the parameter",
  (value) => {
    const error = refusal(value);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("file_id");
    expect(error.message).toMatch(/^file_id /);
  },
);

test.each([
  ["file-abc", "file-abc"],
  ["...", "..."],
  [".hidden", ".hidden"],
  ["a/../b", "a%2F..%2Fb"],
  ["%2e%2e", "%252e%252e"],
  ["q?x#y", "q%3Fx%23y"],
  ["😀", "%F0%9F%98%80"],
  [42, "42"],
])("escapes %j into one segment", (value, expected) => {
  expect(pathParam("file_id", value)).toBe(expected);
});
