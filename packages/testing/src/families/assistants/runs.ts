import type { CreateRunParams } from "@oaikit/assistants";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply, type Reply } from "../../wire/reply.js";
import { assistants, runs, steps, threads } from "./resources.js";
import { completeToolStep, type RunEvent, runTurn } from "./run-turn.js";
import { addMessage, inThread, type NewMessage } from "./thread-messages.js";

type RunRequest = Omit<CreateRunParams, "thread_id" | "stream"> & {
  stream?: boolean | null | undefined;
};

/** Events as the Assistants stream sends them (`event:` names the object), ending in `done`. */
const stream = (events: readonly RunEvent[]): Reply => ({
  kind: "sse",
  messages: [
    ...events.map(([event, data]) => ({ event, data: JSON.stringify(data) })),
    { event: "done", data: "[DONE]" },
  ],
});

/** The answer of a call that starts work: the run as queued, or the stream of what happened. */
const answer = (call: Call, queued: Item, events: RunEvent[]): Reply =>
  call.streaming ? stream(events) : jsonReply(queued);

const startRun = (call: Call, threadId: string, body: RunRequest): RunEvent[] => {
  const assistant = assistants.find(call, body.assistant_id);
  const inside = inThread(call, threadId);
  for (const message of body.additional_messages ?? []) addMessage(inside, message as NewMessage);
  const now = call.state.clock.seconds();
  const instructions = [
    body.instructions ?? assistant.instructions ?? "",
    body.additional_instructions ?? "",
  ]
    .filter(Boolean)
    .join("\n");
  const run = runs.add(inside, {
    object: "thread.run",
    thread_id: threadId,
    assistant_id: assistant.id,
    status: "queued",
    model: body.model ?? assistant.model,
    instructions,
    tools: body.tools ?? assistant.tools,
    metadata: body.metadata ?? {},
    temperature: body.temperature ?? assistant.temperature ?? 1,
    top_p: body.top_p ?? assistant.top_p ?? 1,
    max_prompt_tokens: body.max_prompt_tokens ?? null,
    max_completion_tokens: body.max_completion_tokens ?? null,
    truncation_strategy: body.truncation_strategy ?? { type: "auto", last_messages: null },
    tool_choice: body.tool_choice ?? "auto",
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    response_format: body.response_format ?? "auto",
    started_at: null,
    completed_at: null,
    cancelled_at: null,
    failed_at: null,
    expires_at: now + 600,
    last_error: null,
    required_action: null,
    incomplete_details: null,
    usage: null,
  });
  const queued = { ...run };
  return [["thread.run.created", queued], ["thread.run.queued", queued], ...runTurn(call, run)];
};

const TERMINAL = ["completed", "cancelled", "failed", "expired", "incomplete"];

export const runsHandlers = {
  createRun: (call) => {
    threads.find(call);
    const events = startRun(call, call.params.thread_id!, call.body);
    return answer(call, events[0]![1] as Item, events);
  },
  createThreadAndRun: (call) => {
    const { thread: request = {}, ...body } = call.body;
    const thread = threads.add(call, {
      object: "thread",
      metadata: request.metadata ?? {},
      tool_resources: request.tool_resources ?? null,
    });
    for (const message of request.messages ?? [])
      addMessage(inThread(call, thread.id), message as NewMessage);
    const events = startRun(call, thread.id, body as RunRequest);
    return answer(call, events[0]![1] as Item, [["thread.created", thread], ...events]);
  },
  listRuns: runs.list(),
  retrieveRun: runs.retrieve(),
  updateRun: runs.update(),
  cancelRun: runs.action((run, call) => {
    if (TERMINAL.includes(run.status)) {
      throw invalidRequest(`Cannot cancel run with status '${run.status}'.`, "run_id");
    }
    Object.assign(run, {
      status: "cancelled",
      cancelled_at: call.state.clock.seconds(),
      required_action: null,
    });
  }),
  submitToolOutputsToRun: (call) => {
    const run = runs.find(call);
    if (run.status !== "requires_action") {
      throw invalidRequest(`Runs in status '${run.status}' do not accept tool outputs.`, "run_id");
    }
    completeToolStep(call, run, call.body.tool_outputs);
    const queued = { ...run, status: "queued", required_action: null };
    return answer(call, queued, runTurn(call, run, call.body.tool_outputs.at(-1)?.output ?? ""));
  },
  listRunSteps: steps.list(),
  retrieveRunStep: steps.retrieve(),
} satisfies Partial<OperationHandlers>;
