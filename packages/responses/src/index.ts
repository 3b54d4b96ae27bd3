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
export { fromReadableStream } from "./helpers/from-readable-stream.js";
export { outputText } from "./helpers/output-text.js";
export { parseResponse } from "./helpers/parse-response.js";
export type {
  OutputOf,
  ParsedResponse,
  ResponseWithOutput,
  WithTextFormat,
} from "./helpers/parsed-response.js";
export type { ResponseStream, ResponseStreamEventType } from "./helpers/response-stream.js";
export {
  resumeResponseStream,
  retrieveResponseStream,
} from "./helpers/retrieve-response-stream.js";
export {
  type ResponsesToolRequest,
  type RunToolsParams,
  type RunToolsResult,
  runTools,
} from "./helpers/run-tools.js";
export { streamResponse } from "./helpers/stream-response.js";
export { streamTools } from "./helpers/stream-tools.js";
export { type TextFormat, type TextFormatOptions, textFormat } from "./helpers/text-format.js";
export { waitForResponse } from "./helpers/wait-for-response.js";
