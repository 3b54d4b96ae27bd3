// The generated list names every export explicitly; hand-written helpers add theirs below.

// Uploads in parts live in @oaikit/uploads; most people look for them here.
export {
  UploadError,
  type UploadFileOptions,
  type UploadProgress,
  type UploadState,
  uploadFile,
} from "@oaikit/uploads";
export * from "./generated/index-exports.js";
