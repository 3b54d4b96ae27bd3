// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export type { UploadFileOptions, UploadProgress, UploadState } from "./helpers/types.js";
export { UploadError } from "./helpers/upload-error.js";
export { uploadFile } from "./helpers/upload-file.js";
