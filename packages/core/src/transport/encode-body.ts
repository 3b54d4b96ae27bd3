import type { RequestSpec } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";

/**
 * The fetch body of `spec` and the Content-Type it needs. A multipart body arrives already built
 * (a FormData, a promise of one, or a function returning either, as generated code passes
 * `() => buildMultipart(params)`) so that JSON-only bundles do not carry the file-handling code;
 * fetch sets its Content-Type with the boundary.
 */
export const encodeBody = async ({
  body,
  bodyType = "json",
}: RequestSpec): Promise<{ body?: BodyInit; type?: string }> => {
  if (body === undefined) return {};
  if (bodyType === "json") return { body: JSON.stringify(body), type: "application/json" };
  const built = await (typeof body === "function" ? body() : body);
  const multipart = bodyType === "multipart";
  if (multipart ? !(built instanceof FormData) : typeof built !== "string") {
    throw new ValidationError(
      "body",
      `A ${bodyType} body must be ${multipart ? "a FormData from buildMultipart(params)" : "a string"}.`,
    );
  }
  return {
    body: built as BodyInit,
    type: { sdp: "application/sdp", text: "text/plain" }[bodyType as "sdp"],
  };
};
