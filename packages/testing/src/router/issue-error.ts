import type * as v from "valibot";
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

/** A union's issue is about the whole value; its options' issues say which field is wrong. */
const deepest = (issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> => {
  const nested = (issue.issues ?? []).map(deepest);
  const depth = (item: v.BaseIssue<unknown>) => item.path?.length ?? 0;
  const best = nested.reduce<v.BaseIssue<unknown> | undefined>(
    (found, item) => (found === undefined || depth(item) > depth(found) ? item : found),
    undefined,
  );
  return best !== undefined && depth(best) > depth(issue) ? best : issue;
};

const article = (expected: string) => (/^[aeiou]/i.test(expected) ? "an" : "a");

/** The API's 400 for the first problem valibot found, naming the parameter by its path. */
export const issueError = (first: v.BaseIssue<unknown>): ApiError => {
  const issue = deepest(first);
  const param = paramName(issue);
  if (param === null) {
    return new ApiError(400, "The request body must be a JSON object.", { code: "invalid_type" });
  }
  if (issue.received === "undefined") return missingParam(param);
  if (issue.expected === "never") {
    return invalidRequest(
      `Unrecognized request argument supplied: ${param}`,
      param,
      "unknown_parameter",
    );
  }
  if (issue.kind === "schema" && issue.type !== "picklist" && issue.type !== "literal") {
    const expected = issue.expected ?? "another type";
    return invalidRequest(
      `Invalid type for '${param}': expected ${article(expected)} ${expected}, but got ${issue.received} instead.`,
      param,
      "invalid_type",
    );
  }
  return invalidRequest(
    `Invalid value for '${param}': ${issue.received} is not allowed (expected ${issue.expected ?? "a valid value"}).`,
    param,
    "invalid_value",
  );
};
