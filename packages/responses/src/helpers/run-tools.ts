import {
  type Client,
  type RequestOptions,
  type RunnableTool,
  type ToolCallResult,
  type ToolLoopDriver,
  type ToolLoopOptions,
  type ToolRunResult,
  toolLoop,
} from "@oaikit/core";
import type { InputItem, Tool } from "@oaikit/types";
import { createResponse } from "../generated/operations.js";
import type { CreateResponseParams } from "../generated/params.js";
import type { Response, ResponseUsage } from "../generated/types.js";

/** The part of a Responses request a tool run carries from turn to turn. */
export interface ResponsesToolRequest {
  input?: CreateResponseParams["input"];
  previous_response_id?: string | null | undefined;
}

/** `createResponse`'s params with runnable tools and the run's own options. */
export type RunToolsParams = Omit<CreateResponseParams, "tools" | keyof ResponsesToolRequest> &
  ResponsesToolRequest &
  ToolLoopOptions<Response, ResponsesToolRequest> & {
    /** Tools made by `tool(...)` run here; other tools (hosted, MCP...) are sent as they are. */
    tools: ReadonlyArray<RunnableTool | Tool>;
    /** Aborts the request under way, the tools (through their context) and the run. */
    signal?: AbortSignal | undefined;
  };

export type RunToolsResult = ToolRunResult<Response, ResponseUsage, ResponsesToolRequest>;

const isRunnable = (tool: RunnableTool | Tool): tool is RunnableTool =>
  typeof (tool as Partial<RunnableTool>).execute === "function";

const items = (input: ResponsesToolRequest["input"]): InputItem[] =>
  typeof input === "string" ? [{ role: "user", content: input }] : (input ?? []);

/** Splits the run's options from the request and builds the driver that talks to the API. */
export const responsesToolRun = <Event>(
  params: RunToolsParams,
  send: (body: CreateResponseParams, options: RequestOptions) => AsyncGenerator<Event, Response>,
  options: RequestOptions | undefined,
) => {
  const {
    tools,
    maxSteps,
    onStep,
    resume,
    approvals,
    toolErrors,
    signal,
    input,
    previous_response_id,
    ...rest
  } = params;
  const runnable = tools.filter(isRunnable);
  const wireTools = tools.map(
    (tool): Tool =>
      isRunnable(tool)
        ? {
            type: "function",
            name: tool.name,
            description: tool.description ?? null,
            parameters: tool.jsonSchema,
            strict: tool.strict,
          }
        : tool,
  );
  const requestOptions = { ...options, signal: signal ?? options?.signal };
  const driver: ToolLoopDriver<Response, ResponsesToolRequest, Event> = {
    call: (request) => send({ ...rest, ...request, tools: wireTools }, requestOptions),
    calls: (turn) =>
      turn.output.flatMap((item) =>
        item.type === "function_call"
          ? [{ callId: item.call_id, name: item.name, arguments: item.arguments }]
          : [],
      ),
    usage: (turn) => turn.usage,
    // Stored responses chain by id; a conversation keeps the items itself; `store: false`
    // carries the whole list.
    absorb: (request, turn) =>
      rest.store === false
        ? { input: [...items(request.input), ...(turn.output as InputItem[])] }
        : rest.conversation
          ? { input: [] }
          : { previous_response_id: turn.id, input: [] },
    answer: (request, results: readonly ToolCallResult[]) => ({
      ...request,
      input: [
        ...items(request.input),
        ...results.map(
          (result): InputItem => ({
            type: "function_call_output",
            call_id: result.callId,
            output: result.output,
          }),
        ),
      ],
    }),
  };
  return toolLoop(
    driver,
    runnable,
    previous_response_id ? { input, previous_response_id } : { input },
    { maxSteps, onStep, resume, approvals, toolErrors, signal: requestOptions.signal },
  );
};

/**
 * The tool-call loop on the Responses API: calls the model with `tools`, validates each function
 * call's arguments with its tool's schema, runs the calls (together when the model asked for
 * several), sends the outputs back (by `previous_response_id`, or the whole input list with
 * `store: false`) and repeats until the model answers without calling a tool, or `maxSteps`
 * turns. Invalid arguments, unknown tools and thrown errors go back to the model as the call's
 * output (`toolErrors: "throw"` rejects on a throw instead). A tool with `needsApproval` pauses
 * the run: it returns `status: "needs_approval"` with `approvals` and a `state`, and a second
 * call with `resume: state` and the decisions continues it.
 *
 * ```ts
 * const run = await runTools(client, { model: "gpt-5.1", input: "Weather in Paris?", tools: [weather] });
 * console.log(outputText(run.response), run.usage.total_tokens);
 * ```
 */
export async function runTools(
  client: Client,
  params: RunToolsParams,
  options?: RequestOptions,
): Promise<RunToolsResult> {
  const loop = responsesToolRun(
    params,
    // biome-ignore lint/correctness/useYield: a plain call yields no events.
    async function* (body, requestOptions) {
      return await createResponse(client, body, requestOptions);
    },
    options,
  );
  for (;;) {
    const next = await loop.next();
    if (next.done) return next.value;
  }
}
