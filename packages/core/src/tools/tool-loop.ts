import {
  runToolCalls,
  type ToolApprovalRequest,
  type ToolCallRequest,
  type ToolCallResult,
  type ToolCallsOptions,
} from "./run-tool-calls.js";
import type { RunnableTool } from "./tool.js";

/** One model turn of a tool run, and how its function calls ended. */
export interface ToolRunStep<Turn> {
  /** The model's answer (a Response, or a chat completion). */
  response: Turn;
  /** Every function call of the turn, in the order the model made them. */
  toolResults: ToolCallResult[];
}

/**
 * Where a paused run stands: plain JSON, so it can be kept (a database, a session) and handed
 * back as `resume` with the decisions, even by another process.
 */
export interface ToolRunState<Turn, Request> {
  /** The conversation so far, as the next request carries it (without the pending outputs). */
  request: Request;
  /** The turn whose calls wait. */
  response: Turn;
  calls: ToolCallRequest[];
  /** Calls of that turn that already ran. */
  results: ToolCallResult[];
}

export interface ToolRunResult<Turn, Usage, Request> {
  /**
   * `done`: the model answered without calling a tool. `max_steps`: `maxSteps` model turns
   * were made and the last one's calls did not run. `needs_approval`: calls in `approvals` wait
   * for a decision. Both of the latter continue with `resume`.
   */
  status: "done" | "max_steps" | "needs_approval";
  /** The last model turn. */
  response: Turn;
  steps: ToolRunStep<Turn>[];
  /** The usage of every turn of this call, summed. */
  usage: Usage;
  /** The calls waiting for a decision (status `needs_approval`). */
  approvals: ToolApprovalRequest[];
  /** What `resume` takes to continue the run; absent when it is done. */
  state?: ToolRunState<Turn, Request> | undefined;
}

/** The event a tool run yields after each turn's tools ran (or before it pauses). */
export interface ToolRunStepEvent<Turn> {
  type: "tool_run.step";
  step: ToolRunStep<Turn>;
}

/** What a runner tells the loop about one API. */
export interface ToolLoopDriver<Turn, Request, Event> {
  /** Sends one request for the conversation `request`; yields its events when streaming. */
  call(request: Request): AsyncGenerator<Event, Turn>;
  calls(turn: Turn): ToolCallRequest[];
  usage(turn: Turn): unknown;
  /** The conversation with the model's turn added. */
  absorb(request: Request, turn: Turn): Request;
  /** The conversation with the outputs of the turn's calls added. */
  answer(request: Request, results: readonly ToolCallResult[]): Request;
}

export interface ToolLoopOptions<Turn, Request> extends ToolCallsOptions {
  /** Model turns at most (default 10). */
  maxSteps?: number | undefined;
  /** Called after each turn's tools ran, and with the final turn. */
  onStep?: ((step: ToolRunStep<Turn>) => void | Promise<void>) | undefined;
  /** A paused run's `state`, to continue it (with `approvals` for its pending calls). */
  resume?: ToolRunState<Turn, Request> | undefined;
}

// Token counts of every turn added up, field by field (nested details included).
const addUsage = (total: unknown, more: unknown): unknown => {
  if (typeof more === "number") return (typeof total === "number" ? total : 0) + more;
  if (typeof more !== "object" || more === null) return total ?? more;
  const sum: Record<string, unknown> = { ...(total as object) };
  for (const [key, value] of Object.entries(more)) sum[key] = addUsage(sum[key], value);
  return sum;
};

/** The tool-call loop both runners share: call, run the calls, answer, until the model is done. */
export async function* toolLoop<Turn, Request, Event>(
  driver: ToolLoopDriver<Turn, Request, Event>,
  tools: readonly RunnableTool[],
  initial: Request,
  options: ToolLoopOptions<Turn, Request>,
): AsyncGenerator<Event | ToolRunStepEvent<Turn>, ToolRunResult<Turn, any, Request>> {
  const maxSteps = options.maxSteps ?? 10;
  const steps: ToolRunStep<Turn>[] = [];
  let usage: unknown;
  let request = options.resume?.request ?? initial;
  let turn = options.resume?.response as Turn;
  let calls = options.resume?.calls ?? [];
  let done = options.resume?.results ?? [];
  const end = (
    status: ToolRunResult<Turn, unknown, Request>["status"],
    approvals: ToolApprovalRequest[] = [],
  ) => ({
    status,
    response: turn,
    steps,
    usage,
    approvals,
    ...(status === "done" ? {} : { state: { request, response: turn, calls, results: done } }),
  });
  let turns = 0;
  // A resumed run starts with the calls of the turn it paused on.
  let resuming = options.resume !== undefined;
  for (;;) {
    if (!resuming) {
      turn = yield* driver.call(request);
      turns++;
      usage = addUsage(usage, driver.usage(turn));
      request = driver.absorb(request, turn);
      calls = driver.calls(turn);
      done = [];
      if (calls.length === 0) {
        const step = { response: turn, toolResults: [] };
        steps.push(step);
        await options.onStep?.(step);
        yield { type: "tool_run.step", step };
        return end("done");
      }
      if (turns >= maxSteps) return end("max_steps");
    }
    resuming = false;
    const waiting = calls.filter((call) => !done.some((result) => result.callId === call.callId));
    const { results, pending } = await runToolCalls(tools, waiting, options);
    // The model's order, whichever call finished first.
    done = calls.flatMap((call) => [...done, ...results].filter((r) => r.callId === call.callId));
    const step = { response: turn, toolResults: done };
    if (pending.length > 0) return end("needs_approval", pending);
    steps.push(step);
    await options.onStep?.(step);
    yield { type: "tool_run.step", step };
    request = driver.answer(request, done);
  }
}
