// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export { createFileBatchAndWait } from "./helpers/create-file-batch-and-wait.js";
export {
  type UploadAndAttachOptions,
  type UploadAndAttachProgress,
  uploadAndAttach,
} from "./helpers/upload-and-attach.js";
export { waitForVectorStoreFile } from "./helpers/wait-for-vector-store-file.js";
export { waitForVectorStoreFileBatch } from "./helpers/wait-for-vector-store-file-batch.js";
