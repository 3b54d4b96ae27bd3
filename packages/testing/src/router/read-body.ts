import { ApiError } from "../wire/api-error.js";
import { setField } from "./form-fields.js";

const tooLarge = (max: number) =>
  new ApiError(413, `Your request body is larger than the emulator accepts (${max} bytes).`, {
    code: "request_too_large",
  });

/**
 * The body's bytes, counted as they arrive: past `max` the rest is dropped unread (a length
 * announced past it is refused before any byte), so one request cannot fill the emulator.
 */
const readBytes = async (body: ReadableStream<Uint8Array>, length: number, max: number) => {
  if (length > max) {
    await body.cancel().catch(() => {});
    throw tooLarge(max);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const reader = body.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
};

/** The parsed request body: a JSON value, a multipart form as an object, text, or undefined. */
export const readBody = async (request: Request, max: number): Promise<unknown> => {
  if (request.body === null) return undefined;
  const type = request.headers.get("content-type") ?? "";
  const length = Number(request.headers.get("content-length") ?? 0);
  const bytes = await readBytes(request.body, length, max);
  if (type.startsWith("multipart/form-data")) {
    const parsed = new Response(bytes, { headers: { "content-type": type } });
    const form = await parsed.formData().catch(() => {
      throw new ApiError(400, "The multipart body of your request could not be parsed.");
    });
    const fields: Record<string, unknown> = {};
    for (const [name, value] of form) setField(fields, name, value);
    return fields;
  }
  const text = new TextDecoder().decode(bytes);
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
