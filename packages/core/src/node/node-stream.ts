import type { Readable } from "node:stream";
import { ValidationError } from "../errors/openai-error.js";
import { type ToFileOptions, toFile } from "../files/to-file.js";

/**
 * A File from a Node `Readable` (fs.createReadStream, a child process's stdout, an HTTP
 * response...). The stream is read to its end first, because FormData needs the whole size;
 * an `fs.ReadStream` lends its file name. `toFile` accepts Readables too; this is the typed
 * door for them.
 */
export const fromNodeStream = (
  stream: Readable,
  name?: string,
  options?: ToFileOptions,
): Promise<File> => {
  if (typeof stream?.pipe !== "function" || typeof stream[Symbol.asyncIterator] !== "function") {
    return Promise.reject(
      new ValidationError("stream", "stream: expected a Node Readable stream."),
    );
  }
  if (stream.readableObjectMode) {
    return Promise.reject(
      new ValidationError(
        "stream",
        "stream: an object-mode stream holds values, not bytes; pass a stream of Buffers or strings.",
      ),
    );
  }
  return toFile(stream as AsyncIterable<Uint8Array | string>, name, options);
};
