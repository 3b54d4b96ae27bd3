import { APIUserAbortError, type Client, createClient, ValidationError } from "@oaikit/core";
import { outputText, runTools, streamTools, tool } from "@oaikit/responses";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

const bodies = () =>
  emulator.requests
    .filter((r) => r.path === "/v1/responses" && r.method === "POST")
    .map((r) => r.body as Record<string, any>);

const temperatures: Record<string, number> = { Paris: 21, Oslo: 4 };

const makeWeather = (seen: string[] = []) =>
  tool({
    name: "get_weather",
    description: "Current temperature of a city",
    parameters: toStandardJsonSchema(v.object({ city: v.string() })),
    execute: async ({ city }) => {
      seen.push(city);
      return { city, celsius: temperatures[city] };
    },
  });

const clock = tool({
  name: "get_time",
  parameters: z.object({ zone: z.string() }),
  execute: ({ zone }) => `12:00 in ${zone}`,
});

describe("runTools", () => {
  it("runs two parallel calls, sends both outputs by previous_response_id, and sums usage", async () => {
    const seen: string[] = [];
    emulator.script(
      {
        toolCalls: [
          { name: "get_weather", arguments: { city: "Paris" }, callId: "call_1" },
          { name: "get_weather", arguments: { city: "Oslo" }, callId: "call_2" },
        ],
        usage: { inputTokens: 10, outputTokens: 5 },
      },
      (request) => ({
        text: `Answer from ${request.lastText}`,
        usage: { inputTokens: 30, outputTokens: 7 },
      }),
    );
    const steps: unknown[] = [];
    const run = await runTools(client, {
      model: "gpt-5.1",
      input: "Weather in Paris and Oslo?",
      tools: [makeWeather(seen), clock],
      onStep: (step) => {
        steps.push(step);
      },
    });
    expect(run.status).toBe("done");
    expect(seen.sort()).toEqual(["Oslo", "Paris"]);
    expect(run.steps).toHaveLength(2);
    expect(steps).toEqual(run.steps);
    expect(run.steps[0]!.toolResults.map((r) => [r.callId, r.status, r.output])).toEqual([
      ["call_1", "ok", '{"city":"Paris","celsius":21}'],
      ["call_2", "ok", '{"city":"Oslo","celsius":4}'],
    ]);
    expect(outputText(run.response)).toContain("Answer from");
    expect(run.usage).toMatchObject({ input_tokens: 40, output_tokens: 12, total_tokens: 52 });

    const [first, second] = bodies();
    expect(first!.tools).toEqual([
      {
        type: "function",
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
      expect.objectContaining({ type: "function", name: "get_time", strict: true }),
    ]);
    expect(second!.previous_response_id).toBe(run.steps[0]!.response.id);
    expect(second!.input).toEqual([
      { type: "function_call_output", call_id: "call_1", output: '{"city":"Paris","celsius":21}' },
      { type: "function_call_output", call_id: "call_2", output: '{"city":"Oslo","celsius":4}' },
    ]);
    expect(emulator.pendingScript).toBe(0);
  });

  it("carries the whole input list with store: false", async () => {
    emulator.script(
      { toolCalls: [{ name: "get_time", arguments: { zone: "UTC" }, callId: "call_t" }] },
      { text: "It is noon." },
    );
    const run = await runTools(client, {
      model: "gpt-5.1",
      input: "What time is it?",
      store: false,
      tools: [clock],
    });
    expect(outputText(run.response)).toBe("It is noon.");
    const second = bodies()[1]!;
    expect(second.previous_response_id).toBeUndefined();
    expect(second.input).toEqual([
      { role: "user", content: "What time is it?" },
      expect.objectContaining({ type: "function_call", call_id: "call_t", name: "get_time" }),
      { type: "function_call_output", call_id: "call_t", output: "12:00 in UTC" },
    ]);
  });

  it("sends invalid arguments and unknown tools back to the model as outputs", async () => {
    const seen: string[] = [];
    emulator.script(
      {
        toolCalls: [
          { name: "get_weather", arguments: { city: 42 }, callId: "call_bad" },
          { name: "get_weather", arguments: "{not json", callId: "call_text" },
          { name: "launch", arguments: {}, callId: "call_unknown" },
        ],
      },
      { text: "Sorry." },
    );
    const run = await runTools(client, {
      model: "gpt-5.1",
      input: "Weather?",
      tools: [makeWeather(seen)],
    });
    expect(seen).toEqual([]);
    const results = run.steps[0]!.toolResults;
    expect(results.map((r) => r.status)).toEqual([
      "invalid_arguments",
      "invalid_arguments",
      "unknown_tool",
    ]);
    expect(results[0]!.output).toMatch(/invalid arguments for get_weather: city: /);
    expect(results[1]!.output).toMatch(/not JSON/);
    expect(results[2]!.output).toMatch(/no tool named "launch".*get_weather/);
    const outputs = bodies()[1]!.input.map((item: { output: string }) => item.output);
    expect(outputs).toEqual(results.map((r) => r.output));
  });

  it("reports a tool that throws to the model, or rejects with toolErrors: throw", async () => {
    const failing = tool({
      name: "flaky",
      parameters: z.object({}),
      execute: () => {
        throw new Error("upstream is down");
      },
    });
    emulator.script({ toolCalls: [{ name: "flaky" }] }, (request) => ({ text: request.lastText }));
    const run = await runTools(client, { model: "gpt-5.1", input: "Go", tools: [failing] });
    expect(run.steps[0]!.toolResults[0]).toMatchObject({
      status: "error",
      output: "Error: upstream is down",
    });
    expect(outputText(run.response)).toBe("Error: upstream is down");

    emulator.script({ toolCalls: [{ name: "flaky" }] });
    await expect(
      runTools(client, { model: "gpt-5.1", input: "Go", tools: [failing], toolErrors: "throw" }),
    ).rejects.toThrow("upstream is down");
  });

  it("stops after maxSteps without running the last turn's calls, and resumes from its state", async () => {
    const seen: string[] = [];
    const call = (city: string) => ({ toolCalls: [{ name: "get_weather", arguments: { city } }] });
    emulator.script(call("Paris"), call("Oslo"), { text: "Done." });
    const run = await runTools(client, {
      model: "gpt-5.1",
      input: "Weather everywhere",
      tools: [makeWeather(seen)],
      maxSteps: 2,
    });
    expect(run.status).toBe("max_steps");
    expect(seen).toEqual(["Paris"]);
    expect(bodies()).toHaveLength(2);
    expect(run.state?.calls.map((c) => c.name)).toEqual(["get_weather"]);

    const resumed = await runTools(client, {
      model: "gpt-5.1",
      tools: [makeWeather(seen)],
      resume: run.state,
    });
    expect(resumed.status).toBe("done");
    expect(seen).toEqual(["Paris", "Oslo"]);
    expect(outputText(resumed.response)).toBe("Done.");
  });

  it("pauses on a tool that needs approval and resumes on the decisions", async () => {
    const sent: string[] = [];
    const email = tool({
      name: "send_email",
      parameters: z.object({ to: z.string() }),
      needsApproval: ({ to }) => !to.endsWith("@example.com"),
      execute: ({ to }) => {
        sent.push(to);
        return "sent";
      },
    });
    emulator.script(
      {
        toolCalls: [
          { name: "send_email", arguments: { to: "me@example.com" }, callId: "call_safe" },
          { name: "send_email", arguments: { to: "boss@corp.test" }, callId: "call_boss" },
          { name: "send_email", arguments: { to: "all@corp.test" }, callId: "call_all" },
        ],
      },
      (request) => ({ text: `Outputs: ${JSON.stringify(request.body.input)}` }),
    );
    const params = { model: "gpt-5.1", input: "Email everyone", tools: [email] };
    const paused = await runTools(client, params);
    expect(paused.status).toBe("needs_approval");
    expect(paused.approvals).toEqual([
      { callId: "call_boss", name: "send_email", arguments: { to: "boss@corp.test" } },
      { callId: "call_all", name: "send_email", arguments: { to: "all@corp.test" } },
    ]);
    expect(sent).toEqual(["me@example.com"]);
    expect(bodies()).toHaveLength(1);

    // The state survives a trip through JSON, as it would through a database.
    const state = JSON.parse(JSON.stringify(paused.state));
    const resumed = await runTools(client, {
      ...params,
      resume: state,
      approvals: { call_boss: true, call_all: { approved: false, reason: "too many people" } },
    });
    expect(resumed.status).toBe("done");
    expect(sent).toEqual(["me@example.com", "boss@corp.test"]);
    expect(resumed.steps[0]!.toolResults.map((r) => [r.callId, r.status])).toEqual([
      ["call_safe", "ok"],
      ["call_boss", "ok"],
      ["call_all", "denied"],
    ]);
    const second = bodies()[1]!;
    expect(second.previous_response_id).toBe(paused.response.id);
    expect(
      second.input.map((item: { call_id: string; output: string }) => [item.call_id, item.output]),
    ).toEqual([
      ["call_safe", "sent"],
      ["call_boss", "sent"],
      ["call_all", "The user denied this call of send_email: too many people"],
    ]);
  });

  it("stays paused while a call has no decision", async () => {
    const guarded = tool({
      name: "delete_all",
      parameters: z.object({}),
      needsApproval: true,
      execute: () => "deleted",
    });
    emulator.script({ toolCalls: [{ name: "delete_all", callId: "call_x" }] });
    const paused = await runTools(client, {
      model: "gpt-5.1",
      input: "Clean up",
      tools: [guarded],
    });
    const again = await runTools(client, {
      model: "gpt-5.1",
      tools: [guarded],
      resume: paused.state,
      approvals: { call_other: true },
    });
    expect(again.status).toBe("needs_approval");
    expect(again.approvals.map((a) => a.callId)).toEqual(["call_x"]);
    expect(bodies()).toHaveLength(1);
  });

  it("aborts mid-run: the tool sees the signal and no further request is sent", async () => {
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const slow = tool({
      name: "slow",
      parameters: z.object({}),
      execute: (_, { signal }) => {
        toolSignal = signal;
        controller.abort();
        return "late";
      },
    });
    emulator.script({ toolCalls: [{ name: "slow" }] }, { text: "never" });
    const error = await runTools(client, {
      model: "gpt-5.1",
      input: "Go",
      tools: [slow],
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(toolSignal?.aborted).toBe(true);
    expect(bodies()).toHaveLength(1);
    expect(emulator.pendingScript).toBe(1);
  });

  it("types execute's arguments from the schema and refuses a bad tool name", () => {
    tool({
      name: "typed",
      parameters: z.object({ n: z.number() }),
      execute: (args) => {
        expectTypeOf(args).toEqualTypeOf<{ n: number }>();
        return args.n;
      },
    });
    expect(() => tool({ name: "bad name", parameters: z.object({}), execute: () => 1 })).toThrow(
      ValidationError,
    );
  });
});

describe("streamTools", () => {
  it("yields every turn's events and a step event per turn, then the result", async () => {
    emulator.script(
      { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" }, callId: "call_1" }] },
      { text: "It is 21 degrees in Paris." },
    );
    const run = streamTools(client, {
      model: "gpt-5.1",
      input: "Weather in Paris?",
      tools: [makeWeather()],
    });
    const types: string[] = [];
    let text = "";
    for await (const event of run) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") text += event.delta;
    }
    expect(text).toBe("It is 21 degrees in Paris.");
    expect(types.filter((t) => t === "response.created")).toHaveLength(2);
    expect(
      types.filter((t) => t === "response.function_call_arguments.delta").length,
    ).toBeGreaterThan(0);
    expect(types.filter((t) => t === "tool_run.step")).toHaveLength(2);
    expect(types.at(-1)).toBe("tool_run.step");
    const result = await run.result();
    expect(result.status).toBe("done");
    expect(result.steps[0]!.toolResults[0]!.output).toBe('{"city":"Paris","celsius":21}');
    expect(bodies()[1]!.previous_response_id).toBe(result.steps[0]!.response.id);
    expect(bodies().every((body) => body.stream === true)).toBe(true);
  });

  it("result() alone drains the run", async () => {
    emulator.script(
      { toolCalls: [{ name: "get_time", arguments: { zone: "CET" } }] },
      { text: "Noon." },
    );
    const result = await streamTools(client, {
      model: "gpt-5.1",
      input: "Time?",
      tools: [clock],
    }).result();
    expect(outputText(result.response)).toBe("Noon.");
    expect(result.steps).toHaveLength(2);
  });
});
