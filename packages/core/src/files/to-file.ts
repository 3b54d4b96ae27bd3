import { ValidationError } from "../errors/openai-error.js";
import { defaultName } from "./default-name.js";
import type { BlobLike, FileLike } from "./file-like.js";

export interface ToFileOptions {
  /** Media type of the contents, e.g. "audio/wav"; defaults to the one the input carries. */
  type?: string | undefined;
}

const ACCEPTED =
  "a File, Blob, ArrayBuffer, typed array, DataView, ReadableStream, async iterable of Uint8Array or string, or Response";

const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return value.constructor?.name ? `a ${value.constructor.name}` : "an object";
};

const invalid = (path: string, value: unknown): ValidationError =>
  new ValidationError(
    path,
    `${path}: expected ${ACCEPTED}; got ${describe(value)}.${
      typeof value === "string"
        ? " A string is not read as a path: on Node use fileFromPath() from @oaikit/core/node, or wrap text in a Blob."
        : ""
    }`,
  );

// The last segment of a path or URL, which is what a server expects as the file name.
const baseName = (path: string): string | undefined => {
  const segment = path.split(/[\\/]/).pop();
  return segment ? segment : undefined;
};

const nameOf = (value: object): string | undefined => {
  const v = value as { name?: unknown; path?: unknown; url?: unknown };
  if (typeof v.name === "string" && v.name !== "") return v.name;
  // Node's fs.ReadStream carries the path it reads.
  if (typeof v.path === "string") return baseName(v.path);
  if (typeof v.url === "string" && v.url !== "") {
    try {
      return baseName(decodeURIComponent(new URL(v.url).pathname));
    } catch {
      return undefined;
    }
  }
  return undefined;
};

// Views over a SharedArrayBuffer are not valid BlobParts, so those are copied first.
const bytesPart = (view: ArrayBufferView): BlobPart => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
};

const checkPart = (path: string, chunk: unknown): BlobPart => {
  if (typeof chunk === "string") return chunk;
  if (chunk instanceof Uint8Array) return bytesPart(chunk);
  throw new ValidationError(
    path,
    `${path}: a stream chunk was ${describe(chunk)}; file streams must yield Uint8Array or string chunks.`,
  );
};

const readStream = async (path: string, stream: ReadableStream<unknown>): Promise<BlobPart[]> => {
  const reader = stream.getReader();
  const parts: BlobPart[] = [];
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) return parts;
      parts.push(checkPart(path, step.value));
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
};

const readIterable = async (path: string, source: AsyncIterable<unknown>): Promise<BlobPart[]> => {
  const parts: BlobPart[] = [];
  for await (const chunk of source) parts.push(checkPart(path, chunk));
  return parts;
};

/** Reads any accepted input into the parts of a File. */
const contents = async (
  path: string,
  value: object,
): Promise<{ parts: BlobPart[]; type: string }> => {
  if (value instanceof Blob) return { parts: [value], type: value.type };
  if (value instanceof ArrayBuffer) return { parts: [value], type: "" };
  if (ArrayBuffer.isView(value)) return { parts: [bytesPart(value)], type: "" };
  const v = value as Record<PropertyKey, unknown>;
  if (typeof v.blob === "function") {
    const blob = await (value as Response).blob();
    return { parts: [blob], type: blob.type };
  }
  if (typeof v.arrayBuffer === "function") {
    const like = value as BlobLike;
    return {
      parts: [await like.arrayBuffer()],
      type: typeof like.type === "string" ? like.type : "",
    };
  }
  if (typeof v.getReader === "function") {
    return { parts: await readStream(path, value as ReadableStream<unknown>), type: "" };
  }
  if (typeof v[Symbol.asyncIterator] === "function") {
    return { parts: await readIterable(path, value as AsyncIterable<unknown>), type: "" };
  }
  throw invalid(path, value);
};

/**
 * `toFile` with the body field it fills, so a bad value is reported as e.g. "file" or "image[]".
 * @internal
 */
export const toFileAt = async (
  path: string,
  value: unknown,
  name?: string,
  options: ToFileOptions = {},
): Promise<File> => {
  if (typeof value !== "object" || value === null) throw invalid(path, value);
  if (value instanceof File && (name === undefined || name === value.name) && !options.type) {
    return value;
  }
  const { parts, type } = await contents(path, value);
  const finalType = options.type ?? type;
  return new File(parts, name ?? nameOf(value) ?? defaultName(finalType), { type: finalType });
};

/**
 * Turns file contents from any common source into a `File` for an upload.
 * The name falls back to the input's own (a File's name, a stream's path, a Response's URL),
 * then to "file" (with an extension taken from an audio/image/video `type`).
 *
 * ```ts
 * await createFile(client, { file: await toFile(bytes, "train.jsonl"), purpose: "fine-tune" });
 * ```
 */
export const toFile = (value: FileLike, name?: string, options?: ToFileOptions): Promise<File> =>
  toFileAt("file", value, name, options);
