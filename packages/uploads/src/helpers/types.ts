import type { FileExpirationAfter } from "@oaikit/types";
import type { CreateUploadRequest } from "../generated/types.js";

/**
 * Where an upload in parts stands, as plain JSON: save it (from the last progress event or the
 * thrown `UploadError`) and pass it back as `resume` to send only the parts still missing.
 */
export interface UploadState {
  uploadId: string;
  filename: string;
  bytes: number;
  partSize: number;
  /** The id of each part the server has, by part index; null where it has none yet. */
  partIds: (string | null)[];
  /** Unix seconds after which the server has dropped the upload and it cannot be resumed. */
  expiresAt: number;
}

export interface UploadProgress {
  /** Bytes the server has: parts uploaded, counting those of a resumed upload. */
  loaded: number;
  total: number;
  /** Index (0-based) of the part that just arrived; 0 for a file sent whole to /files. */
  part: number;
  /** Where the upload stands; undefined for a file sent whole to /files, which cannot resume. */
  state: UploadState | undefined;
}

export interface UploadFileOptions {
  purpose: CreateUploadRequest["purpose"];
  /** Defaults to the source's name (a File's name, a stream's path). */
  filename?: string;
  /** Defaults to one guessed from the filename's extension, then the source's own type. */
  mimeType?: string;
  /** Size in bytes; needed for streams, which cannot tell it before they end. */
  bytes?: number;
  /** Bytes per part, at most 64 MiB (the API's part limit). Default 8 MiB. */
  partSize?: number;
  /** Parts in flight at once. Memory stays near `partSize x concurrency`. Default 4. */
  concurrency?: number;
  /** Retries of a failed part (5xx, 429, network) before the upload fails. Default 3. */
  partRetries?: number;
  /** Files no larger than this go whole through `POST /files`. Default 64 MiB (one part). */
  simpleUploadLimit?: number;
  expiresAfter?: FileExpirationAfter;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting cancels the upload on the server too (it cannot be resumed then). */
  signal?: AbortSignal;
  /** Carry on an upload in parts from the state its last progress event or `UploadError` had. */
  resume?: UploadState;
}
