// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export { waitForVectorStoreFile } from "./helpers/wait-for-vector-store-file.js";
export { waitForVectorStoreFileBatch } from "./helpers/wait-for-vector-store-file-batch.js";
