import { ValidationError } from "../errors/openai-error.js";
import { defaultName } from "./default-name.js";
import { isFileLike } from "./is-file-like.js";
import { toFileAt } from "./to-file.js";

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/*
 * Field naming follows what the API parses, as its multipart examples show:
 * - arrays repeat the key with a "[]" suffix (`image[]`, `include[]`, `timestamp_granularities[]`,
 *   `known_speaker_names[]`);
 * - objects use bracketed keys (`expires_after[anchor]`, `expires_after[seconds]`), also for
 *   `chunking_strategy` and the object form of `input_reference`.
 * The spec's one `encoding` entry (a JSON `session` part next to `sdp` on realtime calls) cannot
 * be expressed with FormData, which gives every typed part a file name; that endpoint also
 * accepts a plain `application/sdp` body.
 */
const append = async (form: FormData, key: string, value: unknown): Promise<void> => {
  if (value === undefined || value === null) return;
  switch (typeof value) {
    case "string":
      form.append(key, value);
      return;
    case "number":
    case "boolean":
    case "bigint":
      form.append(key, String(value));
      return;
    case "object":
      break;
    default:
      throw new ValidationError(
        key,
        `${key}: a multipart field cannot hold a ${typeof value}; pass a string, number, boolean, file or object.`,
      );
  }
  if (Array.isArray(value)) {
    for (const item of value) await append(form, `${key}[]`, item);
    return;
  }
  if (isFileLike(value)) {
    const file = await toFileAt(key, value);
    form.append(key, file, file.name || defaultName(file.type));
    return;
  }
  if (!isPlainObject(value)) {
    throw new ValidationError(
      key,
      `${key}: expected a string, number, boolean, file or plain object; got a ${value.constructor?.name ?? "object"}.`,
    );
  }
  for (const [name, item] of Object.entries(value)) await append(form, `${key}[${name}]`, item);
};

/**
 * Encodes a request body as multipart form data. Files are read first, so a bad value throws a
 * ValidationError naming its field before anything is sent. `undefined` and `null` fields are
 * left out, as they are from JSON bodies. Line breaks in string values travel as CRLF, as the
 * multipart/form-data encoding requires.
 */
export const buildMultipart = async (body: object): Promise<FormData> => {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError("body", "body: a multipart request needs an object of fields.");
  }
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) await append(form, key, value);
  return form;
};
