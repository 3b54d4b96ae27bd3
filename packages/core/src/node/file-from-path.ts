// A namespace import, so a runtime whose node:fs lacks openAsBlob still loads this module.
import * as fs from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { ValidationError } from "../errors/openai-error.js";
import type { ToFileOptions } from "../files/to-file.js";

/**
 * A File for a file on disk, named after it unless `name` is given. With `fs.openAsBlob`
 * (every supported Node) the bytes stay on disk until the upload reads them, so the file must
 * not change in between; runtimes without it read the file into memory.
 *
 * ```ts
 * await createFile(client, { file: await fileFromPath("train.jsonl"), purpose: "fine-tune" });
 * ```
 */
export const fileFromPath = async (
  path: string,
  name?: string,
  options: ToFileOptions = {},
): Promise<File> => {
  if (typeof path !== "string" || path === "") {
    throw new ValidationError("path", "path: expected the path of a file, as a non-empty string.");
  }
  // openAsBlob only says "Unable to open file as blob", so stat first for a useful message.
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new ValidationError(
      "path",
      `path: cannot read "${path}" (${cause.code ?? cause.message}).`,
    );
  });
  if (!info.isFile()) {
    throw new ValidationError("path", `path: "${path}" is not a regular file.`);
  }
  const type = options.type ?? "";
  const contents =
    typeof fs.openAsBlob === "function"
      ? await fs.openAsBlob(path, { type })
      : await readFile(path);
  return new File([contents], name ?? basename(path), { type });
};
