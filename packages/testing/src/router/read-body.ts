import { ApiError } from "../wire/api-error.js";
import { setField } from "./form-fields.js";

/** The parsed request body: a JSON value, a multipart form as an object, text, or undefined. */
export const readBody = async (request: Request): Promise<unknown> => {
  if (request.body === null) return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw new ApiError(400, "The multipart body of your request could not be parsed.");
    });
    const fields: Record<string, unknown> = {};
    for (const [name, value] of form) setField(fields, name, value);
    return fields;
  }
  const text = await request.text();
  if (text === "") return undefined;
  if (type === "" || type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError(400, "The JSON body of your request could not be parsed.");
    }
  }
  return text;
};

/** A loggable copy of a body: uploaded files appear as their name, size and type. */
export const describeBody = (body: unknown): unknown => {
  if (typeof Blob !== "undefined" && body instanceof Blob) {
    return { filename: (body as File).name, bytes: body.size, type: body.type };
  }
  if (Array.isArray(body)) return body.map(describeBody);
  if (body !== null && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, value]) => [k, describeBody(value)]));
  }
  return body;
};
