import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const setup = async () => {
  const emulator = createEmulator();
  const client = api(emulator.fetch);
  const assistant = (
    await client.post("/assistants", { model: "gpt-4o", instructions: "Be kind." })
  ).body;
  const thread = (await client.post("/threads", { messages: [{ role: "user", content: "Hello" }] }))
    .body;
  return { emulator, client, assistant, thread };
};

describe("/v1/assistants and /v1/threads", () => {
  it("runs an assistant: queued in the answer, then completed with its reply in the thread", async () => {
    const { client, assistant, thread } = await setup();
    const run = (await client.post(`/threads/${thread.id}/runs`, { assistant_id: assistant.id }))
      .body;
    expect(run).toMatchObject({ object: "thread.run", status: "queued", instructions: "Be kind." });
    expect((await client.get(`/threads/${thread.id}/runs/${run.id}`)).body.status).toBe(
      "completed",
    );
    const messages = (await client.get(`/threads/${thread.id}/messages?order=asc`)).body.data;
    expect(messages.map((m: any) => [m.role, m.content[0].text.value])).toEqual([
      ["user", "Hello"],
      ["assistant", "Echo: Hello"],
    ]);
    const steps = (await client.get(`/threads/${thread.id}/runs/${run.id}/steps`)).body.data;
    expect(steps[0].step_details.message_creation.message_id).toBe(messages[1].id);
  });

  it("waits for tool outputs when the model calls a function, then answers from them", async () => {
    const { client, emulator, assistant, thread } = await setup();
    emulator.script({ for: "assistants", toolCalls: [{ name: "lookup", arguments: { q: "x" } }] });
    const run = (await client.post(`/threads/${thread.id}/runs`, { assistant_id: assistant.id }))
      .body;
    const waiting = (await client.get(`/threads/${thread.id}/runs/${run.id}`)).body;
    expect(waiting.status).toBe("requires_action");
    const [call] = waiting.required_action.submit_tool_outputs.tool_calls;
    expect(call.function).toEqual({ name: "lookup", arguments: '{"q":"x"}' });
    await client.post(`/threads/${thread.id}/runs/${run.id}/submit_tool_outputs`, {
      tool_outputs: [{ tool_call_id: call.id, output: "found it" }],
    });
    expect((await client.get(`/threads/${thread.id}/runs/${run.id}`)).body.status).toBe(
      "completed",
    );
    const [latest] = (await client.get(`/threads/${thread.id}/messages`)).body.data;
    expect(latest.content[0].text.value).toBe("Echo: found it");
  });

  it("streams a run as named events ending in done", async () => {
    const { client, assistant, thread } = await setup();
    const response = await client.raw(`/threads/${thread.id}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ assistant_id: assistant.id, stream: true }),
    });
    const names = (await readEvents(response)).map((e) => e.event);
    expect(names.slice(0, 3)).toEqual([
      "thread.run.created",
      "thread.run.queued",
      "thread.run.in_progress",
    ]);
    expect(names).toContain("thread.message.delta");
    expect(names.slice(-2)).toEqual(["thread.run.completed", "done"]);
  });

  it("cancels a run waiting on tools, and refuses to cancel a completed one", async () => {
    const { client, emulator, assistant, thread } = await setup();
    emulator.script({ for: "assistants", toolCalls: [{ name: "lookup" }] });
    const waiting = (
      await client.post(`/threads/${thread.id}/runs`, { assistant_id: assistant.id })
    ).body;
    expect((await client.post(`/threads/${thread.id}/runs/${waiting.id}/cancel`)).body.status).toBe(
      "cancelled",
    );
    const done = (await client.post(`/threads/${thread.id}/runs`, { assistant_id: assistant.id }))
      .body;
    expect((await client.post(`/threads/${thread.id}/runs/${done.id}/cancel`)).status).toBe(400);
  });
});
