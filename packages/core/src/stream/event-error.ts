import type { ClientConfig } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { redactValue } from "../errors/redact.js";
import type { ResponseMeta } from "../meta/types.js";

/**
 * The APIError an event carries, if any: an `event: error` frame, a payload with a top-level
 * `error` object and no `type` (Chat Completions), or one with `type: "error"` (Responses).
 * Other typed events may hold an `error` field describing a failed item; those are data.
 * The client's keys are masked in the error, as an error event may quote the one it rejected.
 */
export const eventError = (
  event: string,
  payload: unknown,
  meta: ResponseMeta,
  config: ClientConfig,
): APIError | undefined => {
  const isError =
    event === "error" ||
    (typeof payload === "object" &&
      payload !== null &&
      ((payload as { type?: unknown }).type === "error" ||
        (!("type" in payload) && (payload as { error?: unknown }).error != null)));
  return isError
    ? new APIError(meta.status, redactValue(config, payload), meta.headers)
    : undefined;
};
