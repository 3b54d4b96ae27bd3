/** The endpoints that generate model output, and so consume scripted outputs. */
export type ScriptFamily =
  | "responses"
  | "chat"
  | "completions"
  | "realtime"
  | "assistants"
  | "transcriptions"
  | "translations";

export interface ScriptedToolCall {
  name: string;
  /** A JSON string, or a value that gets JSON-encoded. Default `{}`. */
  arguments?: string | Record<string, unknown> | undefined;
  /** Default: a generated `call_...` id. */
  callId?: string | undefined;
}

export interface ScriptedError {
  status: number;
  message?: string | undefined;
  type?: string | undefined;
  code?: string | null | undefined;
  param?: string | null | undefined;
  headers?: Record<string, string> | undefined;
}

/** One model output. Give any mix of text/json, refusal and tool calls, or an error. */
export interface ScriptedOutput {
  /** Only this endpoint family consumes the output; default: the next one that asks. */
  for?: ScriptFamily | undefined;
  text?: string | undefined;
  /** Structured output: sent as its JSON text. */
  json?: unknown;
  refusal?: string | undefined;
  toolCalls?: readonly ScriptedToolCall[] | undefined;
  /** Token counts to report instead of the estimated ones. */
  usage?: { inputTokens?: number | undefined; outputTokens?: number | undefined } | undefined;
  /** Answer with this API error instead of an output. */
  error?: ScriptedError | undefined;
}

/** What a scripted function sees about the request it answers. */
export interface GenerationRequest {
  family: ScriptFamily;
  model: string;
  /** The parsed request body. */
  body: Record<string, unknown>;
  /** The text the default echo would repeat: the last user message or tool output. */
  lastText: string;
}

/** A fixed output, or a function computing one from the request (e.g. to answer tool results). */
export type ScriptStep = ScriptedOutput | ((request: GenerationRequest) => ScriptedOutput);
