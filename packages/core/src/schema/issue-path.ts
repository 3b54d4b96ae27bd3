import type { SchemaIssue } from "./standard-schema.js";

/** An issue's path as code would write it: `items[0].name`; "" for the value itself. */
export const issuePath = (issue: SchemaIssue): string => {
  let path = "";
  for (const segment of issue.path ?? []) {
    const key = typeof segment === "object" ? segment.key : segment;
    if (typeof key === "number") path += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
      path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
};
