import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("POST /v1/completions", () => {
  it("echoes the prompt as a text_completion", async () => {
    const client = api(createEmulator().fetch);
    const { body } = await client.post("/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: "Say hi",
    });
    expect(body).toMatchObject({ object: "text_completion", model: "gpt-3.5-turbo-instruct" });
    expect(body.choices[0]).toMatchObject({
      text: "Echo: Say hi",
      finish_reason: "stop",
      index: 0,
    });
  });

  it("streams text deltas and ends with [DONE]", async () => {
    const emulator = createEmulator();
    emulator.script({ for: "completions", text: "one two three" });
    const response = await api(emulator.fetch).raw("/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", prompt: "x", stream: true }),
    });
    const events = await readEvents(response);
    expect(events.at(-1)!.data).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => e.data);
    expect(chunks.map((c) => c.choices[0].text).join("")).toBe("one two three");
    expect(chunks.at(-1).choices[0].finish_reason).toBe("stop");
  });

  it("leaves a script meant for another family in the queue", async () => {
    const emulator = createEmulator();
    emulator.script({ for: "chat", text: "for chat only" });
    const { body } = await api(emulator.fetch).post("/completions", { model: "m", prompt: "p" });
    expect(body.choices[0].text).toBe("Echo: p");
    expect(emulator.pendingScript).toBe(1);
  });
});
