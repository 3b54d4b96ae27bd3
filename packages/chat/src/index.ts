// The generated list names every export explicitly; hand-written helpers add theirs below.

export {
  type RunnableTool,
  type ToolApproval,
  type ToolApprovalRequest,
  type ToolCallContext,
  type ToolCallResult,
  type ToolOptions,
  type ToolRunState,
  type ToolRunStep,
  type ToolRunStepEvent,
  type ToolRunStream,
  tool,
} from "@oaikit/core";
export * from "./generated/index-exports.js";
export type {
  ChatCompletionStream,
  ChatCompletionStreamEvents,
} from "./helpers/chat-completion-stream.js";
export { fromReadableStream } from "./helpers/from-readable-stream.js";
export { parseChatCompletion } from "./helpers/parse-chat-completion.js";
export type {
  ChatOutputOf,
  CompletionWithOutput,
  ParsedChatCompletion,
  WithResponseFormat,
} from "./helpers/parsed-chat-completion.js";
export {
  type ResponseFormat,
  type ResponseFormatOptions,
  responseFormat,
} from "./helpers/response-format.js";
export {
  type RunChatToolsParams,
  type RunChatToolsResult,
  runChatTools,
} from "./helpers/run-chat-tools.js";
export { streamChatCompletion } from "./helpers/stream-chat-completion.js";
export { streamChatTools } from "./helpers/stream-chat-tools.js";
