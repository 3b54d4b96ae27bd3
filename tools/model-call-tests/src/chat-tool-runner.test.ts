import { runChatTools, streamChatTools, tool } from "@oaikit/chat";
import { type Client, createClient } from "@oaikit/core";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

const bodies = () =>
  emulator.requests
    .filter((r) => r.path === "/v1/chat/completions")
    .map((r) => r.body as Record<string, any>);

const weather = tool({
  name: "get_weather",
  description: "Current temperature of a city",
  parameters: toStandardJsonSchema(v.object({ city: v.string() })),
  execute: ({ city }) => ({ city, celsius: city === "Paris" ? 21 : 4 }),
});

const messages = [{ role: "user" as const, content: "Weather in Paris and Oslo?" }];

const twoCalls = {
  toolCalls: [
    { name: "get_weather", arguments: { city: "Paris" }, callId: "call_1" },
    { name: "get_weather", arguments: { city: "Oslo" }, callId: "call_2" },
  ],
  usage: { inputTokens: 10, outputTokens: 5 },
};

describe("runChatTools", () => {
  it("runs parallel calls, answers each with a tool message, and sums usage", async () => {
    emulator.script(twoCalls, (request) => ({
      text: `Last: ${request.lastText}`,
      usage: { inputTokens: 30, outputTokens: 7 },
    }));
    const run = await runChatTools(client, { model: "gpt-4o", messages, tools: [weather] });
    expect(run.status).toBe("done");
    expect(run.response.choices[0]!.message.content).toBe('Last: {"city":"Oslo","celsius":4}');
    expect(run.usage).toMatchObject({ prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 });
    const [first, second] = bodies();
    expect(first!.tools).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Current temperature of a city",
          parameters: {
            type: "object",
            properties: { city: { type: "string" } },
            required: ["city"],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    ]);
    expect(second!.messages).toEqual([
      messages[0],
      {
        role: "assistant",
        content: null,
        tool_calls: [
          expect.objectContaining({
            id: "call_1",
            function: expect.objectContaining({ name: "get_weather" }),
          }),
          expect.objectContaining({ id: "call_2" }),
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: '{"city":"Paris","celsius":21}' },
      { role: "tool", tool_call_id: "call_2", content: '{"city":"Oslo","celsius":4}' },
    ]);
  });

  it("sends invalid arguments back as the tool message, not as an error", async () => {
    emulator.script(
      { toolCalls: [{ name: "get_weather", arguments: { town: "Paris" }, callId: "call_bad" }] },
      (request) => ({ text: request.lastText }),
    );
    const run = await runChatTools(client, { model: "gpt-4o", messages, tools: [weather] });
    expect(run.steps[0]!.toolResults[0]!.status).toBe("invalid_arguments");
    expect(run.response.choices[0]!.message.content).toMatch(
      /invalid arguments for get_weather: city/,
    );
  });

  it("stops at maxSteps", async () => {
    const again = { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] };
    emulator.script(again, again, again);
    const run = await runChatTools(client, {
      model: "gpt-4o",
      messages,
      tools: [weather],
      maxSteps: 3,
    });
    expect(run.status).toBe("max_steps");
    expect(bodies()).toHaveLength(3);
    expect(run.steps).toHaveLength(2);
    expect(run.state?.calls).toHaveLength(1);
  });

  it("pauses for approval and resumes with the decision", async () => {
    const ran: string[] = [];
    const pay = tool({
      name: "pay",
      parameters: z.object({ amount: z.number() }),
      needsApproval: true,
      execute: ({ amount }) => {
        ran.push(`paid ${amount}`);
        return "paid";
      },
    });
    emulator.script(
      { toolCalls: [{ name: "pay", arguments: { amount: 5 }, callId: "call_pay" }] },
      (request) => ({
        text: request.lastText,
      }),
    );
    const params = { model: "gpt-4o", messages, tools: [pay] };
    const paused = await runChatTools(client, params);
    expect(paused.status).toBe("needs_approval");
    expect(paused.approvals).toEqual([
      { callId: "call_pay", name: "pay", arguments: { amount: 5 } },
    ]);
    expect(ran).toEqual([]);
    const resumed = await runChatTools(client, {
      ...params,
      resume: JSON.parse(JSON.stringify(paused.state)),
      approvals: { call_pay: true },
    });
    expect(ran).toEqual(["paid 5"]);
    expect(resumed.response.choices[0]!.message.content).toBe("paid");
  });
});

describe("streamChatTools", () => {
  it("yields every turn's chunks and step events, with usage summed from the streams", async () => {
    emulator.script(twoCalls, {
      text: "Paris is warmer.",
      usage: { inputTokens: 30, outputTokens: 7 },
    });
    const run = streamChatTools(client, { model: "gpt-4o", messages, tools: [weather] });
    let text = "";
    let stepEvents = 0;
    for await (const event of run) {
      if ("type" in event) stepEvents++;
      else text += event.choices[0]?.delta.content ?? "";
    }
    expect(text).toBe("Paris is warmer.");
    expect(stepEvents).toBe(2);
    const result = await run.result();
    expect(result.usage).toMatchObject({ prompt_tokens: 40, completion_tokens: 12 });
    expect(result.steps[0]!.toolResults.map((r) => r.output)).toEqual([
      '{"city":"Paris","celsius":21}',
      '{"city":"Oslo","celsius":4}',
    ]);
    expect(bodies().map((b) => [b.stream, b.stream_options])).toEqual([
      [true, { include_usage: true }],
      [true, { include_usage: true }],
    ]);
  });
});
