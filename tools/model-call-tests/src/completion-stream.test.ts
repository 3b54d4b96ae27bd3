import { createCompletion, streamCompletion } from "@oaikit/completions";
import { APIConnectionError, type Client, createClient } from "@oaikit/core";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { beforeEach, describe, expect, it } from "vitest";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

const params = { model: "gpt-3.5-turbo-instruct", prompt: "Say three words" };

describe("streamCompletion", () => {
  it("builds the same completion as the call without stream, and streams its text", async () => {
    emulator.script({ text: "one two three" }, { text: "one two three" });
    const plain = await createCompletion(client, params);
    const stream = streamCompletion(client, { ...params, stream_options: { include_usage: true } });
    const parts: string[] = [];
    for await (const text of stream.textStream) parts.push(text);
    const final = await stream.finalCompletion();
    expect(parts.join("")).toBe("one two three");
    // The emulator's chunks carry no system_fingerprint; the rest must match.
    const { id: _, created: __, system_fingerprint: ___, ...same } = plain;
    expect(final).toMatchObject(same);
  });

  it("fails with APIConnectionError when the stream is cut", async () => {
    emulator.fault({ route: "createCompletion", kind: "cut-stream", afterEvents: 1 });
    await expect(streamCompletion(client, params).finalCompletion()).rejects.toBeInstanceOf(
      APIConnectionError,
    );
  });
});
