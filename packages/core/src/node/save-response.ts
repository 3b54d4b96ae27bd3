import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { ValidationError } from "../errors/openai-error.js";

/**
 * Streams a binary result (speech audio, file or video content) to a file without holding it
 * in memory, and resolves to the number of bytes written. A download cut short leaves no
 * partial file behind: the half-written file is removed and the error rethrown.
 */
export const saveResponse = async (response: Response, path: string): Promise<number> => {
  if (!response.body || response.bodyUsed) {
    throw new ValidationError(
      "response",
      "The response body was already read: save it before calling .blob(), .text() or .arrayBuffer().",
    );
  }
  const file = createWriteStream(path);
  try {
    await pipeline(Readable.fromWeb(response.body as NodeWebStream<Uint8Array>), file);
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return file.bytesWritten;
};
