import { createChatCompletion, fromReadableStream, streamChatCompletion } from "@oaikit/chat";
import { APIConnectionError, type Client, createClient } from "@oaikit/core";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { beforeEach, describe, expect, it } from "vitest";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

const params = {
  model: "gpt-5.1",
  messages: [{ role: "user" as const, content: "What is the weather in Paris and Oslo?" }],
};

/** The fields a stream cannot repeat: its own id and time, and metadata chunks do not carry. */
const comparable = ({
  id: _,
  created: __,
  metadata: ___,
  ...rest
}: {
  id: string;
  created: number;
  metadata?: unknown;
}) => rest;

describe("streamChatCompletion", () => {
  const steps = [
    { text: "It is sunny in Paris, and it snows in Oslo." },
    {
      toolCalls: [
        { name: "get_weather", arguments: { city: "Paris", unit: "celsius" }, callId: "call_1" },
        { name: "get_weather", arguments: { city: "Oslo", unit: "celsius" }, callId: "call_2" },
      ],
    },
    { refusal: "I can't share that." },
  ];

  for (const step of steps) {
    it(`builds the same completion as the call without stream (${Object.keys(step)[0]})`, async () => {
      emulator.script(step, step);
      const plain = await createChatCompletion(client, params);
      const stream = streamChatCompletion(client, {
        ...params,
        stream_options: { include_usage: true },
      });
      const final = await stream.finalChatCompletion();
      expect(comparable(final)).toEqual(comparable(plain));
    });
  }

  it("joins parallel tool calls' argument pieces by index and reports them to on()", async () => {
    emulator.script({
      toolCalls: [
        { name: "get_weather", arguments: { city: "Paris" }, callId: "call_a" },
        { name: "get_time", arguments: { zone: "Europe/Oslo" }, callId: "call_b" },
      ],
    });
    const pieces: Record<string, string> = {};
    const stream = streamChatCompletion(client, params).on("tool_call.arguments", (event) => {
      pieces[event.id] = (pieces[event.id] ?? "") + event.delta;
      expect(event.snapshot).toBe(pieces[event.id]);
    });
    const calls = (await stream.finalChatCompletion()).choices[0]!.message.tool_calls!;
    expect(calls.map((c) => c.id)).toEqual(["call_a", "call_b"]);
    expect(calls.map((c) => c.type === "function" && JSON.parse(c.function.arguments))).toEqual([
      { city: "Paris" },
      { zone: "Europe/Oslo" },
    ]);
    expect(pieces).toEqual({ call_a: '{"city":"Paris"}', call_b: '{"zone":"Europe/Oslo"}' });
  });

  it("streams the text through textStream and content events", async () => {
    emulator.script({ text: "one two three" });
    const stream = streamChatCompletion(client, params);
    const snapshots: string[] = [];
    stream.on("content", (event) => snapshots.push(event.snapshot));
    const parts: string[] = [];
    for await (const text of stream.textStream) parts.push(text);
    expect(parts.join("")).toBe("one two three");
    expect(snapshots.at(-1)).toBe("one two three");
    expect((await stream.finalChatCompletion()).choices[0]!.message.content).toBe("one two three");
  });

  it("fails with APIConnectionError when the stream is cut", async () => {
    emulator.fault({ route: "createChatCompletion", kind: "cut-stream", afterEvents: 2 });
    await expect(streamChatCompletion(client, params).finalChatCompletion()).rejects.toBeInstanceOf(
      APIConnectionError,
    );
  });

  it("fails with APIConnectionError when the chunks stop without [DONE]", async () => {
    emulator.script({ text: "hello there" });
    const bytes = await new Response(
      streamChatCompletion(client, params).toReadableStream(),
    ).text();
    expect(bytes.endsWith("data: [DONE]\n\n")).toBe(true);
    const whole = fromReadableStream(new Response(bytes).body!);
    expect((await whole.finalChatCompletion()).choices[0]!.message.content).toBe("hello there");
    const short = fromReadableStream(new Response(bytes.replace("data: [DONE]\n\n", "")).body!);
    const error = await short.finalChatCompletion().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/ended before its final event/);
  });
});
