import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const setup = () => {
  const emulator = createEmulator();
  return { emulator, client: api(emulator.fetch) };
};

const streamChat = async (client: ReturnType<typeof api>, body: Record<string, unknown>) =>
  readEvents(
    await client.raw("/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...body, stream: true }),
    }),
  );

describe("POST /v1/chat/completions", () => {
  it("echoes the last user message in a chat.completion", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/chat/completions", {
      model: "gpt-4o",
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: "what is up" },
      ],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ object: "chat.completion", model: "gpt-4o" });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.choices).toEqual([
      expect.objectContaining({
        index: 0,
        finish_reason: "stop",
        message: expect.objectContaining({ role: "assistant", content: "Echo: what is up" }),
      }),
    ]);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
  });

  it("streams role, content deltas and a finish chunk, then [DONE]", async () => {
    const { client } = setup();
    const events = await streamChat(client, {
      model: "gpt-4o",
      messages: [{ role: "user", content: "many little words" }],
    });
    expect(events.at(-1)!.data).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => e.data);
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0].choices[0].delta.role).toBe("assistant");
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(text).toBe("Echo: many little words");
    expect(chunks.at(-1).choices[0].finish_reason).toBe("stop");
    expect(chunks.slice(0, -1).every((c) => c.choices[0].finish_reason === null)).toBe(true);
  });

  it("streams scripted tool calls as id/name first, then argument deltas", async () => {
    const { emulator, client } = setup();
    const args = { query: "emulators", limit: 3 };
    emulator.script({
      for: "chat",
      toolCalls: [{ name: "search", arguments: args }, { name: "noop" }],
    });
    const events = await streamChat(client, {
      model: "m",
      messages: [{ role: "user", content: "go" }],
    });
    const calls = events
      .slice(0, -1)
      .flatMap((e) => e.data.choices[0]?.delta.tool_calls ?? []) as any[];
    const first = calls.filter((c) => c.index === 0);
    expect(first[0]).toMatchObject({
      type: "function",
      function: { name: "search", arguments: "" },
    });
    expect(first[0].id).toMatch(/^call_/);
    expect(first.length).toBeGreaterThan(2);
    expect(first.map((c) => c.function.arguments).join("")).toBe(JSON.stringify(args));
    expect(calls.filter((c) => c.index === 1)[0].function.name).toBe("noop");
    expect(events.at(-2)!.data.choices[0].finish_reason).toBe("tool_calls");
  });

  it("adds a usage-only chunk before [DONE] when include_usage is set", async () => {
    const { client } = setup();
    const events = await streamChat(client, {
      model: "m",
      messages: [{ role: "user", content: "count me" }],
      stream_options: { include_usage: true },
    });
    const last = events.at(-2)!.data;
    expect(last.choices).toEqual([]);
    expect(last.usage.total_tokens).toBeGreaterThan(0);
    expect(events.slice(0, -2).every((e) => e.data.usage === null)).toBe(true);
  });

  it("rejects an empty messages array naming 'messages'", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/chat/completions", { model: "m", messages: [] });
    expect(status).toBe(400);
    expect(body.error.param).toBe("messages");
  });

  it("wants a tool message for every tool call before the conversation goes on", async () => {
    const { client } = setup();
    const call = (id: string) => ({
      id,
      type: "function",
      function: { name: "f", arguments: "{}" },
    });
    const messages = [
      { role: "user", content: "go" },
      { role: "assistant", content: null, tool_calls: [call("call_a"), call("call_b")] },
      { role: "tool", tool_call_id: "call_a", content: "A" },
    ];
    const partial = await client.post("/chat/completions", { model: "m", messages });
    expect(partial.status).toBe(400);
    expect(partial.body.error.param).toBe("messages.[1].role");
    expect(partial.body.error.message).toContain("call_b");
    const whole = await client.post("/chat/completions", {
      model: "m",
      messages: [...messages, { role: "tool", tool_call_id: "call_b", content: "B" }],
    });
    expect(whole.status).toBe(200);
    expect(whole.body.choices[0].message.content).toBe("Echo: B");
  });

  it("keeps stored completions for retrieve, update, list, messages and delete", async () => {
    const { client } = setup();
    const { body } = await client.post("/chat/completions", {
      model: "m",
      store: true,
      metadata: { topic: "a" },
      messages: [{ role: "user", content: "remember" }],
    });
    await client.post("/chat/completions", {
      model: "m",
      messages: [{ role: "user", content: "forget" }],
    });
    expect((await client.get(`/chat/completions/${body.id}`)).body.choices).toEqual(body.choices);
    const updated = await client.post(`/chat/completions/${body.id}`, { metadata: { topic: "b" } });
    expect(updated.body.metadata).toEqual({ topic: "b" });
    const list = await client.get("/chat/completions");
    expect(list.body.data.map((c: any) => c.id)).toEqual([body.id]);
    const messages = await client.get(`/chat/completions/${body.id}/messages`);
    expect(messages.body.data.map((m: any) => m.content)).toEqual(["remember"]);
    expect((await client.delete(`/chat/completions/${body.id}`)).body.deleted).toBe(true);
    expect((await client.get(`/chat/completions/${body.id}`)).status).toBe(404);
  });
});
