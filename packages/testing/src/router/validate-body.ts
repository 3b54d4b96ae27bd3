import * as v from "valibot";
import { ApiError, invalidRequest, missingParam } from "../wire/api-error.js";

/** `a.b[0].c`, the way the API names a nested parameter. */
const paramName = (issue: v.BaseIssue<unknown>): string | null => {
  const keys = issue.path?.map((item) => item.key) ?? [];
  if (keys.length === 0) return null;
  return keys
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join("");
};

const article = (expected: string) => (/^[aeiou]/i.test(expected) ? "an" : "a");

/**
 * The single place request bodies are checked: runs the operation's schema and turns the first
 * issue into the API's 400 naming the parameter.
 */
export const validateBody = (schema: v.GenericSchema, value: unknown): unknown => {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const param = paramName(issue);
  if (param === null) {
    throw new ApiError(400, "The request body must be a JSON object.", { code: "invalid_type" });
  }
  if (issue.received === "undefined") throw missingParam(param);
  if (issue.kind === "schema" && issue.type !== "picklist" && issue.type !== "literal") {
    const expected = issue.expected ?? "another type";
    throw invalidRequest(
      `Invalid type for '${param}': expected ${article(expected)} ${expected}, but got ${issue.received} instead.`,
      param,
      "invalid_type",
    );
  }
  throw invalidRequest(
    `Invalid value for '${param}': ${issue.received} is not allowed (expected ${issue.expected ?? "a valid value"}).`,
    param,
    "invalid_value",
  );
};
