// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export type { CompletionStream } from "./helpers/completion-stream.js";
export { fromReadableStream } from "./helpers/from-readable-stream.js";
export { streamCompletion } from "./helpers/stream-completion.js";
