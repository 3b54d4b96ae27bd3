import type { EmulatorState } from "../emulator/state.js";
import type { GenerationRequest, ScriptedOutput } from "../script/types.js";
import { ApiError } from "../wire/api-error.js";
import { countTokens } from "./tokens.js";

export interface GeneratedToolCall {
  callId: string;
  name: string;
  arguments: string;
}

/** A model output, independent of the endpoint that will shape it. */
export interface Generation {
  text: string | undefined;
  refusal: string | undefined;
  toolCalls: GeneratedToolCall[];
  usage: { input: number; output: number };
}

const argumentsText = (value: string | Record<string, unknown> | undefined): string =>
  typeof value === "string" ? value : JSON.stringify(value ?? {});

/**
 * The next output for a request: the next scripted step for its family, else `fallback` (by
 * default an echo of the last user text). A scripted error is thrown as the API error it
 * describes.
 */
export const generate = (
  state: EmulatorState,
  request: GenerationRequest,
  inputText: string,
  fallback = `Echo: ${request.lastText}`,
): Generation => {
  const step = state.script.take(request.family);
  const output: ScriptedOutput =
    step === undefined ? { text: fallback } : typeof step === "function" ? step(request) : step;
  if (output.error) {
    const { status, message, type, code, param, headers } = output.error;
    const error = new ApiError(status, message ?? "The scripted request failed.", {
      type: type ?? (status >= 500 ? "server_error" : "invalid_request_error"),
      code: code ?? null,
      param: param ?? null,
      headers: headers ?? {},
    });
    throw error;
  }
  const text = output.json !== undefined ? JSON.stringify(output.json) : output.text;
  const toolCalls = (output.toolCalls ?? []).map((call) => ({
    callId: call.callId ?? state.ids.alnum("call_", 24),
    name: call.name,
    arguments: argumentsText(call.arguments),
  }));
  const produced = [
    text ?? "",
    output.refusal ?? "",
    ...toolCalls.map((c) => c.name + c.arguments),
  ];
  const usage = {
    input: output.usage?.inputTokens ?? countTokens(inputText),
    output: output.usage?.outputTokens ?? countTokens(produced.join("")),
  };
  state.rateLimits.countTokens(usage.input + usage.output);
  return { text, refusal: output.refusal, toolCalls, usage };
};
