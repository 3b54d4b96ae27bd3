export { createClient } from "./client/create-client.js";
export type {
  Client,
  ClientConfig,
  ClientOptions,
  HttpMethod,
  RequestOptions,
  RequestSpec,
  Transport,
} from "./client/types.js";
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors/api-error.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  OpenAIError,
  ValidationError,
} from "./errors/openai-error.js";
export type { BlobLike, FileLike } from "./files/file-like.js";
export { buildMultipart } from "./files/multipart.js";
export { type ToFileOptions, toFile } from "./files/to-file.js";
export type { Logger, LogLevel } from "./log/types.js";
export { getMeta } from "./meta/registry.js";
export type { RateLimit, ResponseMeta } from "./meta/types.js";
export type { PageDescriptor } from "./pagination/descriptor.js";
export { requestPage } from "./pagination/request-page.js";
export type { Page, PagePromise } from "./pagination/types.js";
export { poll } from "./poll/poll.js";
export { PollTimeoutError } from "./poll/poll-timeout-error.js";
export type { PollOptions, PollProgress, PollRead, WaitOptions } from "./poll/types.js";
export { issuePath } from "./schema/issue-path.js";
export { jsonSchemaOf } from "./schema/json-schema-of.js";
export { OutputParseError } from "./schema/output-parse-error.js";
export { outputParser, outputParserOf } from "./schema/output-parser.js";
export { parseOutput } from "./schema/parse-output.js";
export type {
  InferOutput,
  SchemaIssue,
  SchemaResult,
  StandardSchema,
} from "./schema/standard-schema.js";
export { parseSSE } from "./sse/parse-sse.js";
export { createSSEParser, type SSEParser } from "./sse/parser.js";
export type { SSEEvent } from "./sse/types.js";
export {
  type ExtendedStream,
  extendStream,
  type StreamExtension,
} from "./stream/extend-stream.js";
export { fromReadableStream } from "./stream/from-readable-stream.js";
export { requestStream } from "./stream/request-stream.js";
export type { Stream, StreamControl } from "./stream/types.js";
export type {
  ToolApproval,
  ToolApprovalRequest,
  ToolCallRequest,
  ToolCallResult,
  ToolCallsOptions,
} from "./tools/run-tool-calls.js";
export { type RunnableTool, type ToolCallContext, type ToolOptions, tool } from "./tools/tool.js";
export {
  type ToolLoopDriver,
  type ToolLoopOptions,
  type ToolRunResult,
  type ToolRunState,
  type ToolRunStep,
  type ToolRunStepEvent,
  toolLoop,
} from "./tools/tool-loop.js";
export { type ToolRunStream, toolRunStream } from "./tools/tool-run-stream.js";
export { pathParam } from "./transport/path-param.js";
export { request, requestBinary } from "./transport/request.js";
