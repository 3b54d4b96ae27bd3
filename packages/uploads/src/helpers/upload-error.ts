import { OpenAIError } from "@oaikit/core";
import type { UploadState } from "./types.js";

/**
 * An upload in parts failed after its retries; `cause` says why. The parts the server has are in
 * `state`: pass it as `resume` to `uploadFile` (with the same file) to send only the rest.
 */
export class UploadError extends OpenAIError {
  static override readonly brand: string = "UploadError";
  constructor(
    message: string,
    readonly state: UploadState,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
