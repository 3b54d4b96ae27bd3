import { issuePath } from "./issue-path.js";
import { OutputParseError } from "./output-parse-error.js";
import type { StandardSchema } from "./standard-schema.js";

/**
 * Parses a structured output's text as JSON and validates it with `schema`; throws
 * OutputParseError (raw text and issue paths kept) when it is not JSON or not valid.
 */
export const parseOutput = async <Output>(
  schema: StandardSchema<Output>,
  text: string,
  name: string,
): Promise<Output> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new OutputParseError(
      `The output for "${name}" is not JSON (${(cause as Error).message}).`,
      text,
      [],
      { cause },
    );
  }
  const result = await schema["~standard"].validate(value);
  if (!result.issues) return result.value;
  const issues = result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message }));
  const listed = issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
  throw new OutputParseError(
    `The output for "${name}" does not match its schema: ${listed}`,
    text,
    issues,
  );
};
