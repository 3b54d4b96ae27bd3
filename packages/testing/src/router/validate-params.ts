import { coerce } from "../schemas/coerce.js";
import { paramsSchema } from "../schemas/operation-schemas.js";
import { isPlainObject } from "../schemas/schema-node.js";
import { ApiError } from "../wire/api-error.js";
import { checkSchema } from "./check-schema.js";
import { queryFields } from "./form-fields.js";
import { issueError } from "./issue-error.js";
import type { Operation } from "./operation.js";

export interface RawRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** As read: a JSON value, a form's fields, text, or undefined. */
  body: unknown;
  /** The body came as a multipart form, so its leaves are text. */
  form: boolean;
}

const bodyFields = (operation: Operation, body: unknown): Record<string, unknown> => {
  if (body === undefined) return {};
  if (operation.body === "sdp" && typeof body === "string") return { sdp: body };
  if (isPlainObject(body)) return body;
  throw new ApiError(400, "The request body must be a JSON object.", { code: "invalid_type" });
};

/** Whether the request asks for the operation's streaming variant (`stream: true`...). */
const wantsStream = (
  operation: Operation,
  query: Record<string, unknown>,
  body: Record<string, unknown>,
): boolean => {
  const flag = operation.stream;
  if (!flag) return false;
  const sent = (flag.in === "query" ? query : body)[flag.name];
  return sent !== undefined && String(sent) === String(flag.value);
};

export interface CheckedRequest {
  /** Path, query and body parameters in one object, as the generated params schema reads them. */
  params: Record<string, unknown>;
  streaming: boolean;
}

/**
 * The single place requests are checked: path, query and body parameters go through the
 * operation's generated valibot params schema (query and form text converted to the types it
 * expects), and the first problem becomes the API's 400 naming the parameter.
 */
export const validateParams = (operation: Operation, raw: RawRequest): CheckedRequest => {
  const query = queryFields(raw.query, operation.fixedQuery);
  const body = bodyFields(operation, raw.body);
  const streaming = wantsStream(operation, query, body);
  const schema = paramsSchema(operation, streaming);
  const merged = {
    ...(schema ? (coerce(schema, query) as Record<string, unknown>) : query),
    ...(schema && raw.form ? (coerce(schema, body) as Record<string, unknown>) : body),
    ...raw.params,
  };
  if (!schema) return { params: merged, streaming };
  const result = checkSchema(schema, merged);
  if (!result.success) throw issueError(result.issue);
  return { params: result.output as Record<string, unknown>, streaming };
};
