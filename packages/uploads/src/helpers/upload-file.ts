import {
  APIUserAbortError,
  buildMultipart,
  type Client,
  type FileLike,
  OpenAIError,
  request,
  ValidationError,
} from "@oaikit/core";
import type { OpenAIFile } from "@oaikit/types";
import {
  addUploadPart,
  cancelUpload,
  completeUpload,
  createUpload,
} from "../generated/operations.js";
import type { Upload } from "../generated/types.js";
import { mimeTypeOf } from "./mime-type.js";
import { openSource, type PartSource } from "./part-source.js";
import type { UploadFileOptions, UploadState } from "./types.js";
import { UploadError } from "./upload-error.js";

const MiB = 1024 * 1024;
/** The Uploads API's largest part. */
const maxPartSize = 64 * MiB;
/** The largest file `POST /files` takes. */
const maxSimpleUpload = 512 * MiB;

const checkInteger = (value: number | undefined, name: string, min: number, max: number) => {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new ValidationError(
      name,
      `${name} must be a whole number from ${min} to ${max}; got ${String(value)}.`,
    );
  }
};

const copy = (state: UploadState): UploadState => ({ ...state, partIds: [...state.partIds] });

const partLength = (state: UploadState, index: number) =>
  Math.min(state.partSize, state.bytes - index * state.partSize);

const checkResume = (resume: UploadState, size: number): void => {
  const valid =
    typeof resume === "object" &&
    resume !== null &&
    typeof resume.uploadId === "string" &&
    Number.isInteger(resume.partSize) &&
    resume.partSize > 0 &&
    Array.isArray(resume.partIds) &&
    resume.partIds.length === Math.ceil(resume.bytes / resume.partSize);
  if (!valid) {
    throw new ValidationError(
      "resume",
      "resume must be the state of an earlier uploadFile (a progress event's or an UploadError's), unchanged.",
    );
  }
  if (resume.bytes !== size) {
    throw new ValidationError(
      "resume",
      `resume is an upload of ${resume.bytes} bytes, but this file has ${size}: resume with the same file.`,
    );
  }
};

/** One request to `POST /files`, for a file small enough to send whole. */
const uploadWhole = async (
  client: Client,
  source: PartSource,
  filename: string,
  options: UploadFileOptions,
): Promise<OpenAIFile> => {
  const data = await source.part(0, Math.max(source.size, 1));
  const file = new File([data], filename, {
    type: options.mimeType ?? mimeTypeOf(filename, source.type),
  });
  const created = await request<OpenAIFile>(
    client,
    {
      method: "POST",
      path: "/files",
      body: () =>
        buildMultipart({ file, purpose: options.purpose, expires_after: options.expiresAfter }),
      bodyType: "multipart",
    },
    options.signal ? { signal: options.signal } : {},
  );
  options.onProgress?.({ loaded: source.size, total: source.size, part: 0, state: undefined });
  return created;
};

/**
 * Uploads a file and resolves with its `/files` object. Files up to `simpleUploadLimit` go whole
 * through `POST /files`; larger ones through the Uploads API: created, sent in parts of
 * `partSize` (`concurrency` at once, each retried `partRetries` times), then completed with the
 * part ids in order. Parts are read from the source one at a time, so memory stays near
 * `partSize x concurrency` whatever the file's size. `onProgress` reports `{ loaded, total, part,
 * state }` as parts arrive; a failure rejects with an `UploadError` whose `state`, passed back as
 * `resume`, sends only the parts still missing. Aborting `signal` cancels the upload on the server.
 *
 * On Node, upload a path with `uploadFile(client, await fileFromPath(path), ...)`
 * (`@oaikit/core/node`): its bytes stay on disk until each part reads them.
 *
 * @see https://developers.openai.com/api/reference/resources/uploads
 */
export const uploadFile = async (
  client: Client,
  file: FileLike,
  options: UploadFileOptions,
): Promise<OpenAIFile> => {
  if (typeof options?.purpose !== "string" || (options.purpose as string) === "") {
    throw new ValidationError(
      "purpose",
      'purpose is required: "assistants", "batch", "fine-tune" or "vision".',
    );
  }
  checkInteger(options.partSize, "partSize", 5 * 1024, maxPartSize);
  checkInteger(options.concurrency, "concurrency", 1, 64);
  checkInteger(options.partRetries, "partRetries", 0, 10);
  checkInteger(options.simpleUploadLimit, "simpleUploadLimit", 0, maxSimpleUpload);
  checkInteger(options.bytes, "bytes", 0, Number.MAX_SAFE_INTEGER);
  const { resume, signal } = options;
  if (signal?.aborted)
    throw new APIUserAbortError("Upload aborted before it started.", { cause: signal.reason });
  const source = await openSource(file, options.bytes);
  try {
    const filename = options.filename ?? source.name ?? resume?.filename ?? "file";
    if (!resume && source.size <= (options.simpleUploadLimit ?? maxPartSize)) {
      return await uploadWhole(client, source, filename, options);
    }
    if (resume) checkResume(resume, source.size);
    let state: UploadState;
    if (resume) state = copy(resume);
    else {
      const partSize = options.partSize ?? 8 * MiB;
      const upload = await createUpload(
        client,
        {
          bytes: source.size,
          filename,
          mime_type: options.mimeType ?? mimeTypeOf(filename, source.type),
          purpose: options.purpose,
          ...(options.expiresAfter && { expires_after: options.expiresAfter }),
        },
        signal ? { signal } : {},
      );
      state = {
        uploadId: upload.id,
        filename,
        bytes: source.size,
        partSize,
        partIds: new Array<string | null>(Math.ceil(source.size / partSize)).fill(null),
        expiresAt: upload.expires_at,
      };
    }
    return await uploadParts(client, source, state, options);
  } finally {
    await source.close();
  }
};

const uploadParts = async (
  client: Client,
  source: PartSource,
  state: UploadState,
  options: UploadFileOptions,
): Promise<OpenAIFile> => {
  const { signal, onProgress } = options;
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort);
  const missing = state.partIds.flatMap((id, index) => (id === null ? [index] : []));
  let loaded = state.partIds.reduce(
    (sum, id, index) => (id === null ? sum : sum + partLength(state, index)),
    0,
  );
  let next = 0;
  let failure: { error: unknown; part: number } | undefined;
  const requestOptions = { signal: stop.signal, maxRetries: options.partRetries ?? 3 };

  const worker = async () => {
    while (failure === undefined && next < missing.length) {
      const index = missing[next++]!;
      try {
        // Taken in index order, so a stream source reads forward only.
        const data = await source.part(index, state.partSize);
        const part = await addUploadPart(
          client,
          { upload_id: state.uploadId, data },
          requestOptions,
        );
        state.partIds[index] = part.id;
        loaded += data.size;
        onProgress?.({ loaded, total: state.bytes, part: index, state: copy(state) });
      } catch (error) {
        failure ??= { error, part: index };
        stop.abort(error);
      }
    }
  };

  try {
    await Promise.all(
      Array.from(
        { length: Math.min(options.concurrency ?? 4, Math.max(missing.length, 1)) },
        worker,
      ),
    );
    if (signal?.aborted) {
      // Cancelled on the server too: nothing of it is kept, so it cannot be resumed.
      await cancelUpload(client, { upload_id: state.uploadId }).catch(() => undefined);
      throw new APIUserAbortError(
        `Upload ${state.uploadId} of ${state.filename} was aborted and cancelled.`,
        {
          cause: signal.reason,
        },
      );
    }
    if (failure) {
      const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
      throw new UploadError(
        `Upload ${state.uploadId} of ${state.filename} failed at part ${failure.part}: ${reason} Pass error.state as resume to send the ${state.partIds.filter((id) => id === null).length} missing parts.`,
        copy(state),
        { cause: failure.error },
      );
    }
    let completed: Upload;
    try {
      completed = await completeUpload(
        client,
        { upload_id: state.uploadId, part_ids: state.partIds as string[] },
        signal ? { signal } : {},
      );
    } catch (error) {
      if (error instanceof APIUserAbortError) throw error;
      throw new UploadError(
        `Upload ${state.uploadId} of ${state.filename} has every part but could not be completed: ${error instanceof Error ? error.message : String(error)} Pass error.state as resume to try again.`,
        copy(state),
        { cause: error },
      );
    }
    if (!completed.file) {
      throw new OpenAIError(
        `Upload ${state.uploadId} completed without a file (status ${completed.status}).`,
      );
    }
    return completed.file;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
};
