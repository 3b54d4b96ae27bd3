import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const setup = (options: Parameters<typeof createEmulator>[0] = {}) => {
  const emulator = createEmulator(options);
  return { emulator, client: api(emulator.fetch) };
};

const outputText = (response: any): string =>
  response.output
    .filter((item: any) => item.type === "message")
    .flatMap((item: any) => item.content)
    .filter((part: any) => part.type === "output_text")
    .map((part: any) => part.text)
    .join("");

describe("POST /v1/responses", () => {
  it("echoes the last user message and reports usage", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/responses", {
      model: "gpt-5.1",
      input: [
        { role: "user", content: "first question" },
        { role: "assistant", content: "an answer" },
        { role: "user", content: [{ type: "input_text", text: "second question" }] },
      ],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ object: "response", status: "completed", model: "gpt-5.1" });
    expect(body.id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(outputText(body)).toBe("Echo: second question");
    expect(body.usage.total_tokens).toBe(body.usage.input_tokens + body.usage.output_tokens);
    expect(body.usage.output_tokens).toBeGreaterThan(0);
  });

  it("stores the response so GET returns the same object", async () => {
    const { client } = setup();
    const created = await client.post("/responses", { model: "gpt-5.1", input: "keep me" });
    const fetched = await client.get(`/responses/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
  });

  it("does not store a response created with store: false", async () => {
    const { client } = setup();
    const created = await client.post("/responses", { model: "m", input: "x", store: false });
    expect((await client.get(`/responses/${created.body.id}`)).status).toBe(404);
  });

  it("stops at max_output_tokens: incomplete, cut text, the stream ending in response.incomplete", async () => {
    const { emulator, client } = setup();
    const long = "a sentence that runs on. ".repeat(10);
    const request = { model: "m", input: "talk", max_output_tokens: 16 };
    emulator.script({ text: long }, { text: long });
    const answer = (await client.post("/responses", request)).body;
    expect(answer).toMatchObject({
      status: "incomplete",
      incomplete_details: { reason: "max_output_tokens" },
      usage: { output_tokens: 16 },
      output: [{ type: "message", status: "incomplete" }],
    });
    expect(outputText(answer)).toBe(long.slice(0, 64));
    const streamed = await client.raw("/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...request, stream: true }),
    });
    const last = (await readEvents(streamed)).at(-1)!.data;
    expect(last).toMatchObject({
      type: "response.incomplete",
      response: { status: "incomplete", incomplete_details: { reason: "max_output_tokens" } },
    });
    // Within the limit nothing changes.
    const fits = (await client.post("/responses", { ...request, input: "hi" })).body;
    expect(fits).toMatchObject({ status: "completed", incomplete_details: null });
  });

  it("streams the documented event sequence with increasing sequence numbers", async () => {
    const { client } = setup();
    const response = await client.raw("/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-5.1", input: "stream these words", stream: true }),
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = await readEvents(response);
    const types = events.map((e) => e.data.type);
    const deltas = types.filter((t) => t === "response.output_text.delta").length;
    expect(deltas).toBeGreaterThan(1);
    expect(types).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      ...Array(deltas).fill("response.output_text.delta"),
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events.every((e) => e.event === e.data.type)).toBe(true);
    expect(events.map((e) => e.data.sequence_number)).toEqual(events.map((_, i) => i));
    const text = events
      .filter((e) => e.data.type === "response.output_text.delta")
      .map((e) => e.data.delta)
      .join("");
    expect(text).toBe("Echo: stream these words");
    expect(outputText(events.at(-1)!.data.response)).toBe(text);
  });

  it("returns a scripted function call and streams its arguments in pieces", async () => {
    const { emulator, client } = setup();
    const args = { city: "Paris", unit: "celsius" };
    emulator.script(
      { toolCalls: [{ name: "get_weather", arguments: args }] },
      { toolCalls: [{ name: "get_weather", arguments: args, callId: "call_fixed" }] },
    );
    const plain = await client.post("/responses", { model: "m", input: "weather?" });
    expect(plain.body.output).toEqual([
      expect.objectContaining({
        type: "function_call",
        name: "get_weather",
        arguments: JSON.stringify(args),
        call_id: expect.stringMatching(/^call_/),
      }),
    ]);
    const streamed = await readEvents(
      await client.raw("/responses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "m", input: "weather?", stream: true }),
      }),
    );
    const pieces = streamed.filter((e) => e.data.type === "response.function_call_arguments.delta");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((e) => e.data.delta).join("")).toBe(JSON.stringify(args));
    const done = streamed.find((e) => e.data.type === "response.function_call_arguments.done");
    expect(done?.data).toMatchObject({ name: "get_weather", arguments: JSON.stringify(args) });
    expect(streamed.at(-1)!.data.response.output[0].call_id).toBe("call_fixed");
  });

  it("returns scripted structured JSON, refusals and usage numbers", async () => {
    const { emulator, client } = setup();
    emulator.script(
      { json: { answer: 42 }, usage: { inputTokens: 7, outputTokens: 3 } },
      { refusal: "I can't help with that." },
    );
    const structured = await client.post("/responses", { model: "m", input: "q" });
    expect(JSON.parse(outputText(structured.body))).toEqual({ answer: 42 });
    expect(structured.body.usage).toMatchObject({
      input_tokens: 7,
      output_tokens: 3,
      total_tokens: 10,
    });
    const refused = await client.post("/responses", { model: "m", input: "q" });
    expect(refused.body.output[0].content).toEqual([
      { type: "refusal", refusal: "I can't help with that." },
    ]);
  });

  it("answers a scripted error with its status and an API-shaped body", async () => {
    const { emulator, client } = setup();
    emulator.script({ error: { status: 429, message: "slow down", code: "rate_limit_exceeded" } });
    const { status, body } = await client.post("/responses", { model: "m", input: "q" });
    expect(status).toBe(429);
    expect(body).toEqual({
      error: {
        message: "slow down",
        type: "invalid_request_error",
        param: null,
        code: "rate_limit_exceeded",
      },
    });
    expect(emulator.pendingScript).toBe(0);
  });

  it("lets a scripted function answer from the request (a tool loop)", async () => {
    const { emulator, client } = setup();
    emulator.script((request) => ({ text: `Tool said: ${request.lastText}` }));
    const { body } = await client.post("/responses", {
      model: "m",
      input: [{ type: "function_call_output", call_id: "call_1", output: "22C" }],
    });
    expect(outputText(body)).toBe("Tool said: 22C");
  });

  it("continues a response that called functions only with an output for each call", async () => {
    const { emulator, client } = setup();
    emulator.script({
      toolCalls: [
        { name: "a", callId: "call_a" },
        { name: "b", callId: "call_b" },
      ],
    });
    const first = await client.post("/responses", { model: "m", input: "go" });
    const output = (callId: string) => ({
      type: "function_call_output",
      call_id: callId,
      output: "ok",
    });
    const partial = await client.post("/responses", {
      model: "m",
      previous_response_id: first.body.id,
      input: [output("call_a")],
    });
    expect(partial.status).toBe(400);
    expect(partial.body.error).toMatchObject({ param: "input" });
    expect(partial.body.error.message).toContain("call_b");
    const whole = await client.post("/responses", {
      model: "m",
      previous_response_id: first.body.id,
      input: [output("call_a"), output("call_b")],
    });
    expect(whole.status).toBe(200);
  });

  it("rejects a missing nested parameter with a 400 naming its dotted path", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/responses", {
      model: "m",
      input: "hi",
      tools: [{ type: "function", strict: false, parameters: {} }],
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      param: "tools[0].name",
      code: "missing_required_parameter",
      type: "invalid_request_error",
    });
    expect(body.error.message).toContain("'tools[0].name'");
  });

  it("rejects an input of the wrong type with a 400 naming the parameter", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/responses", { model: "m", input: 5 });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param: "input", code: "invalid_type" });
  });

  it("rejects an unknown previous_response_id", async () => {
    const { client } = setup();
    const { status, body } = await client.post("/responses", {
      model: "m",
      input: "x",
      previous_response_id: "resp_missing",
    });
    expect(status).toBe(400);
    expect(body.error.param).toBe("previous_response_id");
  });
});

describe("GET/DELETE /v1/responses/{id}", () => {
  it("answers 404 with an API error for an unknown id", async () => {
    const { client } = setup();
    const { status, body } = await client.get("/responses/resp_nope");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ type: "invalid_request_error", param: "response_id" });
    expect(body.error.message).toContain("resp_nope");
  });

  it("deletes a response, after which it is gone", async () => {
    const { client } = setup();
    const { body } = await client.post("/responses", { model: "m", input: "x" });
    const deleted = await client.delete(`/responses/${body.id}`);
    expect(deleted.body).toEqual({ id: body.id, object: "response", deleted: true });
    expect((await client.get(`/responses/${body.id}`)).status).toBe(404);
    expect((await client.delete(`/responses/${body.id}`)).status).toBe(404);
  });
});

describe("GET /v1/responses/{id}/input_items", () => {
  it("lists the input as items, newest first, paginated with limit and after", async () => {
    const { client } = setup();
    const { body } = await client.post("/responses", {
      model: "m",
      input: ["one", "two", "three"].map((text) => ({ role: "user", content: text })),
    });
    const first = await client.get(`/responses/${body.id}/input_items?limit=2`);
    expect(first.body.object).toBe("list");
    expect(first.body.data.map((item: any) => item.content[0].text)).toEqual(["three", "two"]);
    expect(first.body.has_more).toBe(true);
    expect(first.body.last_id).toBe(first.body.data[1].id);
    const second = await client.get(
      `/responses/${body.id}/input_items?limit=2&after=${first.body.last_id}`,
    );
    expect(second.body.data.map((item: any) => item.content[0].text)).toEqual(["one"]);
    expect(second.body.has_more).toBe(false);
    const ascending = await client.get(`/responses/${body.id}/input_items?order=asc`);
    expect(ascending.body.data.map((item: any) => item.content[0].text)).toEqual([
      "one",
      "two",
      "three",
    ]);
  });

  it("rejects a limit out of range naming 'limit'", async () => {
    const { client } = setup();
    const { body } = await client.post("/responses", { model: "m", input: "x" });
    const answer = await client.get(`/responses/${body.id}/input_items?limit=0`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.param).toBe("limit");
  });
});

describe("background responses", () => {
  it("start queued and are completed by the next read when no duration is set", async () => {
    const { client } = setup();
    const created = await client.post("/responses", { model: "m", input: "bg", background: true });
    expect(created.body).toMatchObject({ status: "queued", output: [], background: true });
    const later = await client.get(`/responses/${created.body.id}`);
    expect(later.body.status).toBe("completed");
    expect(outputText(later.body)).toBe("Echo: bg");
  });

  it("stay in progress until the clock advances past their duration", async () => {
    const { emulator, client } = setup({ durations: { response: 5_000 } });
    const { body } = await client.post("/responses", { model: "m", input: "bg", background: true });
    expect((await client.get(`/responses/${body.id}`)).body.status).toBe("in_progress");
    emulator.advance(4_999);
    expect((await client.get(`/responses/${body.id}`)).body.status).toBe("in_progress");
    emulator.advance(1);
    expect((await client.get(`/responses/${body.id}`)).body.status).toBe("completed");
  });

  it("can be cancelled while running, and only background responses can", async () => {
    const { client } = setup({ durations: { response: 5_000 } });
    const bg = await client.post("/responses", { model: "m", input: "bg", background: true });
    const cancelled = await client.post(`/responses/${bg.body.id}/cancel`);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await client.get(`/responses/${bg.body.id}`)).body.status).toBe("cancelled");
    const fg = await client.post("/responses", { model: "m", input: "fg" });
    expect((await client.post(`/responses/${fg.body.id}/cancel`)).status).toBe(400);
  });

  it("resume streaming after starting_after with the remaining events only", async () => {
    const { client } = setup();
    const streamed = await readEvents(
      await client.raw("/responses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "m", input: "resume me", background: true, stream: true }),
      }),
    );
    expect(streamed.slice(0, 3).map((e) => e.data.type)).toEqual([
      "response.created",
      "response.queued",
      "response.in_progress",
    ]);
    const id = streamed[0]!.data.response.id;
    const resumed = await readEvents(
      await client.raw(`/responses/${id}?stream=true&starting_after=4`),
    );
    expect(resumed.map((e) => e.data)).toEqual(streamed.slice(5).map((e) => e.data));
    expect(resumed.at(-1)!.data.type).toBe("response.completed");
  });

  it("refuse to stream a foreground response again", async () => {
    const { client } = setup();
    const { body } = await client.post("/responses", { model: "m", input: "x" });
    const answer = await client.get(`/responses/${body.id}?stream=true`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.param).toBe("stream");
  });
});
