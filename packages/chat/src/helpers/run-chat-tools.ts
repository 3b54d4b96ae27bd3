import {
  type Client,
  type RequestOptions,
  type RunnableTool,
  type ToolLoopDriver,
  type ToolLoopOptions,
  type ToolRunResult,
  toolLoop,
} from "@oaikit/core";
import type { ChatCompletionTool, CompletionUsage } from "@oaikit/types";
import { createChatCompletion } from "../generated/operations.js";
import type { CreateChatCompletionParams } from "../generated/params.js";
import type {
  ChatCompletionRequestMessage,
  CreateChatCompletionResponse,
} from "../generated/types.js";

type ChatTool = NonNullable<CreateChatCompletionParams["tools"]>[number];

/** `createChatCompletion`'s params with runnable tools and the run's own options. */
export type RunChatToolsParams = Omit<CreateChatCompletionParams, "tools"> &
  ToolLoopOptions<CreateChatCompletionResponse, ChatCompletionRequestMessage[]> & {
    /** Tools made by `tool(...)` run here; other tools are sent as they are. */
    tools: ReadonlyArray<RunnableTool | ChatTool>;
    /** Aborts the request under way, the tools (through their context) and the run. */
    signal?: AbortSignal | undefined;
  };

/** `state.request` is the message list so far. */
export type RunChatToolsResult = ToolRunResult<
  CreateChatCompletionResponse,
  CompletionUsage,
  ChatCompletionRequestMessage[]
>;

const isRunnable = (tool: RunnableTool | ChatTool): tool is RunnableTool =>
  typeof (tool as Partial<RunnableTool>).execute === "function";

/** Splits the run's options from the request and builds the driver that talks to the API. */
export const chatToolRun = <Event>(
  params: RunChatToolsParams,
  send: (
    body: CreateChatCompletionParams,
    options: RequestOptions,
  ) => AsyncGenerator<Event, CreateChatCompletionResponse>,
  options: RequestOptions | undefined,
) => {
  const { tools, maxSteps, onStep, resume, approvals, toolErrors, signal, messages, ...rest } =
    params;
  const wireTools = tools.map(
    (tool): ChatTool =>
      isRunnable(tool)
        ? ({
            type: "function",
            function: {
              name: tool.name,
              ...(tool.description === undefined ? {} : { description: tool.description }),
              parameters: tool.jsonSchema,
              strict: tool.strict,
            },
          } satisfies ChatCompletionTool)
        : tool,
  );
  const requestOptions = { ...options, signal: signal ?? options?.signal };
  const driver: ToolLoopDriver<
    CreateChatCompletionResponse,
    ChatCompletionRequestMessage[],
    Event
  > = {
    call: (request) => send({ ...rest, messages: request, tools: wireTools }, requestOptions),
    // The run follows the first choice, as with `n: 1`.
    calls: (turn) =>
      (turn.choices[0]?.message.tool_calls ?? []).flatMap((call) =>
        call.type === "function"
          ? [{ callId: call.id, name: call.function.name, arguments: call.function.arguments }]
          : [],
      ),
    usage: (turn) => turn.usage,
    absorb: (request, turn) => {
      const message = turn.choices[0]?.message;
      if (!message) return request;
      return [
        ...request,
        {
          role: "assistant",
          content: message.content,
          ...(message.refusal ? { refusal: message.refusal } : {}),
          ...(message.tool_calls?.length ? { tool_calls: message.tool_calls } : {}),
        },
      ];
    },
    answer: (request, results) => [
      ...request,
      ...results.map(
        (result): ChatCompletionRequestMessage => ({
          role: "tool",
          tool_call_id: result.callId,
          content: result.output,
        }),
      ),
    ],
  };
  return toolLoop(driver, tools.filter(isRunnable), messages, {
    maxSteps,
    onStep,
    resume,
    approvals,
    toolErrors,
    signal: requestOptions.signal,
  });
};

/**
 * The tool-call loop on Chat Completions: calls the model with `tools`, validates each tool
 * call's arguments with its tool's schema, runs the calls (together when the model asked for
 * several), appends the assistant message and one `tool` message per call, and repeats until the
 * model answers without calling a tool, or `maxSteps` turns. Invalid arguments, unknown tools
 * and thrown errors go back to the model as the call's output (`toolErrors: "throw"` rejects on
 * a throw instead). A tool with `needsApproval` pauses the run (`status: "needs_approval"`,
 * `approvals`, `state`); a second call with `resume: state` and the decisions continues it.
 *
 * ```ts
 * const run = await runChatTools(client, {
 *   model: "gpt-4o",
 *   messages: [{ role: "user", content: "Weather in Paris?" }],
 *   tools: [weather],
 * });
 * console.log(run.response.choices[0]?.message.content, run.usage.total_tokens);
 * ```
 */
export async function runChatTools(
  client: Client,
  params: RunChatToolsParams,
  options?: RequestOptions,
): Promise<RunChatToolsResult> {
  const loop = chatToolRun(
    params,
    // biome-ignore lint/correctness/useYield: a plain call yields no events.
    async function* (body, requestOptions) {
      return await createChatCompletion(client, body, requestOptions);
    },
    options,
  );
  for (;;) {
    const next = await loop.next();
    if (next.done) return next.value;
  }
}
