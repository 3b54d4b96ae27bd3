import { generate } from "../../generate/generate.js";
import { countTokens, wordDeltas } from "../../generate/tokens.js";
import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { messageText } from "./message-content.js";
import { messages, steps } from "./resources.js";
import { addMessage, inThread } from "./thread-messages.js";

/** What a stream sends: the event name and a snapshot of its object. */
export type RunEvent = [event: string, data: unknown];

const usage = (prompt: number, completion: number) => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
});

const lastUserText = (call: Call): string => {
  const thread = [...messages.items(call).values()].filter((m) => m.role === "user");
  return messageText(thread.at(-1)?.content ?? []);
};

const addStep = (call: Call, run: Item, details: Record<string, unknown>, status: string) =>
  steps.add(inThread(call, run.thread_id, { run_id: run.id }), {
    object: "thread.run.step",
    run_id: run.id,
    thread_id: run.thread_id,
    assistant_id: run.assistant_id,
    type: details.type,
    status,
    step_details: details,
    completed_at: status === "completed" ? call.state.clock.seconds() : null,
    cancelled_at: null,
    failed_at: null,
    expired_at: null,
    last_error: null,
    metadata: {},
    usage: null,
  });

/**
 * Runs one model turn of a run: the next "assistants" script step, else the echo of the last
 * user message (or tool output). Text becomes an assistant message; tool calls put the run in
 * `requires_action`. Returns the events a stream of the turn sends, in order.
 */
export const runTurn = (call: Call, run: Item, toolOutput?: string): RunEvent[] => {
  const events: RunEvent[] = [];
  const at = call.state.clock.seconds();
  const threadCall = inThread(call, run.thread_id);
  const heard = toolOutput ?? lastUserText(threadCall);
  const generation = generate(
    call.state,
    { family: "assistants", model: run.model, body: run, lastText: heard },
    `${run.instructions}\n${heard}`,
  );
  Object.assign(run, { status: "in_progress", started_at: run.started_at ?? at });
  events.push(["thread.run.in_progress", { ...run }]);
  if (generation.toolCalls.length > 0) {
    const calls = generation.toolCalls.map((tool) => ({
      id: tool.callId,
      type: "function",
      function: { name: tool.name, arguments: tool.arguments },
    }));
    const step = addStep(
      call,
      run,
      {
        type: "tool_calls",
        tool_calls: calls.map((tool) => ({
          ...tool,
          function: { ...tool.function, output: null },
        })),
      },
      "in_progress",
    );
    events.push(["thread.run.step.created", { ...step }]);
    Object.assign(run, {
      status: "requires_action",
      required_action: { type: "submit_tool_outputs", submit_tool_outputs: { tool_calls: calls } },
      usage: usage(generation.usage.input, generation.usage.output),
    });
    events.push(["thread.run.requires_action", { ...run }]);
    return events;
  }
  const text = generation.text ?? generation.refusal ?? "";
  const message = addMessage(
    threadCall,
    { role: "assistant", content: text },
    {
      assistantId: run.assistant_id,
      runId: run.id,
    },
  );
  const step = addStep(
    call,
    run,
    { type: "message_creation", message_creation: { message_id: message.id } },
    "completed",
  );
  step.usage = usage(generation.usage.input, countTokens(text));
  events.push(
    ["thread.run.step.created", { ...step, status: "in_progress", completed_at: null }],
    ["thread.message.created", { ...message, status: "in_progress", content: [] }],
    ...wordDeltas(text).map(
      (delta): RunEvent => [
        "thread.message.delta",
        {
          id: message.id,
          object: "thread.message.delta",
          delta: { content: [{ index: 0, type: "text", text: { value: delta, annotations: [] } }] },
        },
      ],
    ),
    ["thread.message.completed", { ...message }],
    ["thread.run.step.completed", { ...step }],
  );
  Object.assign(run, {
    status: "completed",
    required_action: null,
    completed_at: at,
    usage: usage(generation.usage.input, countTokens(text)),
  });
  events.push(["thread.run.completed", { ...run }]);
  return events;
};

/** Marks a run's pending tool-call step done with the outputs the app sent. */
export const completeToolStep = (
  call: Call,
  run: Item,
  outputs: readonly { tool_call_id?: string | undefined; output?: string | undefined }[],
) => {
  const pending = [...steps.items(inThread(call, run.thread_id, { run_id: run.id })).values()].find(
    (step) => step.type === "tool_calls" && step.status === "in_progress",
  );
  if (!pending) return;
  for (const tool of pending.step_details.tool_calls) {
    tool.function.output = outputs.find((output) => output.tool_call_id === tool.id)?.output ?? "";
  }
  Object.assign(pending, { status: "completed", completed_at: call.state.clock.seconds() });
};
