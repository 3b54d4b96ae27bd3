import { APIUserAbortError } from "../errors/openai-error.js";
import { issuePath } from "../schema/issue-path.js";
import type { RunnableTool, ToolCallContext } from "./tool.js";

/** A function call as the model made it, in either API. */
export interface ToolCallRequest {
  callId: string;
  name: string;
  /** The arguments as the model wrote them: JSON text. */
  arguments: string;
}

/** How one call ended, and what the model was told. */
export interface ToolCallResult {
  callId: string;
  name: string;
  /** `ok`: `execute` returned; the others were reported to the model instead of thrown. */
  status: "ok" | "invalid_arguments" | "error" | "denied" | "unknown_tool";
  /** The arguments after validation (the raw text when they were not valid). */
  arguments: unknown;
  /** What `execute` returned. */
  result?: unknown;
  /** What `execute` threw, or the validation issues. */
  error?: unknown;
  /** The text sent to the model as the call's output. */
  output: string;
}

/** A call waiting for a human decision before it runs. */
export interface ToolApprovalRequest {
  callId: string;
  name: string;
  /** The validated arguments the tool would run with. */
  arguments: unknown;
}

/** A decision on a call that needs approval: `true`, `false`, or a refusal with a reason for the model. */
export type ToolApproval = boolean | { approved: boolean; reason?: string | undefined };

export interface ToolCallsOptions {
  /** Decisions by call id. */
  approvals?: Readonly<Record<string, ToolApproval>> | undefined;
  signal?: AbortSignal | undefined;
  /** `report` (default): a tool that throws is reported to the model; `throw`: the run rejects. */
  toolErrors?: "report" | "throw" | undefined;
}

const text = (value: unknown): string =>
  typeof value === "string" ? value : (JSON.stringify(value) ?? "null");

const abortIf = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted)
    throw new APIUserAbortError("The tool run was aborted.", { cause: signal.reason });
};

type Outcome = ToolCallResult | (ToolApprovalRequest & { pending: true });

const runOne = async (
  call: ToolCallRequest,
  tools: ReadonlyMap<string, RunnableTool>,
  options: ToolCallsOptions,
): Promise<Outcome> => {
  const { callId, name } = call;
  const tool = tools.get(name);
  if (!tool) {
    const known = [...tools.keys()].join(", ");
    return {
      callId,
      name,
      status: "unknown_tool",
      arguments: call.arguments,
      output: `Error: there is no tool named "${name}"; the tools are: ${known}.`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(call.arguments || "{}");
  } catch (error) {
    return {
      callId,
      name,
      status: "invalid_arguments",
      arguments: call.arguments,
      error,
      output: `Error: the arguments for ${name} are not JSON (${(error as Error).message}). Call it again with valid arguments.`,
    };
  }
  const checked = await tool.parameters["~standard"].validate(raw);
  if (checked.issues) {
    const listed = checked.issues
      .map((issue) => `${issuePath(issue) || "(root)"}: ${issue.message}`)
      .join("; ");
    return {
      callId,
      name,
      status: "invalid_arguments",
      arguments: call.arguments,
      error: checked.issues,
      output: `Error: invalid arguments for ${name}: ${listed}. Call it again with valid arguments.`,
    };
  }
  const args = checked.value;
  const context: ToolCallContext = { callId, signal: options.signal };
  const decision = options.approvals?.[callId];
  if (decision === undefined) {
    const needs =
      typeof tool.needsApproval === "function"
        ? await tool.needsApproval(args, context)
        : tool.needsApproval;
    if (needs) return { callId, name, arguments: args, pending: true };
  } else if (!(typeof decision === "boolean" ? decision : decision.approved)) {
    const reason = typeof decision === "object" && decision.reason ? `: ${decision.reason}` : ".";
    return {
      callId,
      name,
      status: "denied",
      arguments: args,
      output: `The user denied this call of ${name}${reason}`,
    };
  }
  try {
    const result = await tool.execute(args, context);
    return { callId, name, status: "ok", arguments: args, result, output: text(result) };
  } catch (error) {
    abortIf(options.signal);
    if (options.toolErrors === "throw") throw error;
    const message = error instanceof Error ? error.message : text(error);
    return { callId, name, status: "error", arguments: args, error, output: `Error: ${message}` };
  }
};

/**
 * Validates and runs one model turn's function calls, all at once: invalid arguments, unknown
 * tools, denials and (unless `toolErrors: "throw"`) thrown errors become outputs for the model.
 * Calls that need approval and have no decision yet come back in `pending`, not run.
 */
export const runToolCalls = async (
  tools: readonly RunnableTool[],
  calls: readonly ToolCallRequest[],
  options: ToolCallsOptions = {},
): Promise<{ results: ToolCallResult[]; pending: ToolApprovalRequest[] }> => {
  abortIf(options.signal);
  const byName = new Map(tools.map((t) => [t.name, t]));
  const outcomes = await Promise.all(calls.map((call) => runOne(call, byName, options)));
  abortIf(options.signal);
  const results: ToolCallResult[] = [];
  const pending: ToolApprovalRequest[] = [];
  for (const outcome of outcomes) {
    if ("pending" in outcome) {
      const { pending: _, ...request } = outcome;
      pending.push(request);
    } else results.push(outcome);
  }
  return { results, pending };
};
