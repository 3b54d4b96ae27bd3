import type { Harness } from "./harness.js";

const weatherTool = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: {} } },
};

/** The Assistants API: assistants, threads, messages, runs (plain, streamed, with tool calls), steps. */
export const assistantSteps = async ({ run, stream, emulator }: Harness): Promise<void> => {
  const assistant = await run("createAssistant", {
    model: "gpt-4o",
    name: "helper",
    tools: [weatherTool],
  });
  const assistant_id = assistant.id;
  await run("listAssistants", {});
  await run("retrieveAssistant", { assistant_id });
  await run("updateAssistant", { assistant_id, name: "helper 2" });

  const thread = await run("createThread", { messages: [{ role: "user", content: "Hello" }] });
  const thread_id = thread.id;
  await run("retrieveThread", { thread_id });
  await run("updateThread", { thread_id, metadata: { topic: "greeting" } });
  const message = await run("createThreadMessage", {
    thread_id,
    role: "user",
    content: "How are you?",
  });
  const message_id = message.id;
  await run("listThreadMessages", { thread_id });
  await run("retrieveThreadMessage", { thread_id, message_id });
  await run("updateThreadMessage", { thread_id, message_id, metadata: { seen: "yes" } });

  const created = await run("createRun", { thread_id, assistant_id });
  const run_id = created.id;
  await run("listRuns", { thread_id });
  await run("retrieveRun", { thread_id, run_id });
  await run("updateRun", { thread_id, run_id, metadata: { checked: "yes" } });
  const runSteps = await run("listRunSteps", { thread_id, run_id });
  await run("retrieveRunStep", { thread_id, run_id, step_id: runSteps.data[0].id });
  await stream("createRun", { thread_id, assistant_id });

  emulator.script({ for: "assistants", toolCalls: [{ name: "get_weather", arguments: {} }] });
  const streamed = (await stream("createThreadAndRun", {
    assistant_id,
    thread: { messages: [{ role: "user", content: "Weather now?" }] },
  })) as any[];
  const asking = [...streamed].reverse().find((data: any) => data?.status === "requires_action");
  await stream("submitToolOutputsToRun", {
    thread_id: asking.thread_id,
    run_id: asking.id,
    tool_outputs: [
      { tool_call_id: asking.required_action.submit_tool_outputs.tool_calls[0].id, output: "rain" },
    ],
  });
  emulator.script({ for: "assistants", toolCalls: [{ name: "get_weather", arguments: {} }] });
  const waiting = await run("createThreadAndRun", {
    assistant_id,
    thread: { messages: [{ role: "user", content: "Weather?" }] },
  });
  const calls = (await run("retrieveRun", { thread_id: waiting.thread_id, run_id: waiting.id }))
    .required_action.submit_tool_outputs.tool_calls;
  await run("submitToolOutputsToRun", {
    thread_id: waiting.thread_id,
    run_id: waiting.id,
    tool_outputs: [{ tool_call_id: calls[0].id, output: "sunny" }],
  });
  emulator.script({ for: "assistants", toolCalls: [{ name: "get_weather", arguments: {} }] });
  const cancellable = await run("createRun", { thread_id, assistant_id });
  await run("cancelRun", { thread_id, run_id: cancellable.id });

  await run("deleteThreadMessage", { thread_id, message_id });
  await run("deleteThread", { thread_id });
  await run("deleteAssistant", { assistant_id });
};
