import { APIError } from "../errors/api-error.js";
import type { ResponseMeta } from "../meta/types.js";

/**
 * The APIError an event carries, if any: an `event: error` frame, a payload with a top-level
 * `error` object and no `type` (Chat Completions), or one with `type: "error"` (Responses).
 * Other typed events may hold an `error` field describing a failed item; those are data.
 */
export const eventError = (
  event: string,
  payload: unknown,
  meta: ResponseMeta,
): APIError | undefined => {
  const isError =
    event === "error" ||
    (typeof payload === "object" &&
      payload !== null &&
      ((payload as { type?: unknown }).type === "error" ||
        (!("type" in payload) && (payload as { error?: unknown }).error != null)));
  return isError ? new APIError(meta.status, payload, meta.headers) : undefined;
};
