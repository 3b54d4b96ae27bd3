import type { RequestSpec } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";

/**
 * `body` as JSON, refusing what JSON.stringify would change without a word (a Map or Blob sent
 * as {}, NaN as null, a function dropped) or refuse with a TypeError naming no field. The
 * replacer sees each value after its toJSON (a Date is already a string) and knows its path
 * through `paths`, which maps each object visited to where it sits.
 */
const toJSON = (body: unknown): string => {
  const paths = new Map<unknown, string>();
  try {
    return JSON.stringify(body, function (this: unknown, key, value: unknown) {
      const parent = paths.get(this);
      const path =
        parent === undefined
          ? ""
          : Array.isArray(this)
            ? `${parent}[${key}]`
            : parent
              ? `${parent}.${key}`
              : key;
      const type = typeof value;
      const isObject = value !== null && type === "object";
      const proto = isObject && Object.getPrototypeOf(value);
      const bad =
        type === "bigint" || type === "symbol" || type === "function"
          ? `a ${type}`
          : type === "number" && !Number.isFinite(value)
            ? String(value)
            : proto &&
                proto !== Object.prototype &&
                !Array.isArray(value) &&
                (ArrayBuffer.isView(value) || Object.keys(value as object).length === 0)
              ? `a ${(value as object).constructor?.name ?? "object"}`
              : undefined;
      if (bad) {
        const field = path || "body";
        throw new ValidationError(field, `${field} is ${bad}, which JSON cannot carry.`);
      }
      if (isObject) paths.set(value, path);
      return value;
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    // A cycle: V8's message names the property that closes it.
    throw new ValidationError("body", `body is circular: ${(error as Error).message}`);
  }
};

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
  if (bodyType === "json") return { body: toJSON(body), type: "application/json" };
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
