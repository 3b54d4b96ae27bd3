import { describe, expect, it } from "vitest";
import { createScriptQueue } from "./script-queue.js";

describe("script queue", () => {
  it("hands out steps in order, skipping those meant for another family", () => {
    const queue = createScriptQueue();
    queue.push([
      { for: "chat", text: "chat" },
      { text: "any" },
      { for: "responses", text: "responses" },
    ]);
    expect(queue.take("responses")).toEqual({ text: "any" });
    expect(queue.take("responses")).toEqual({ for: "responses", text: "responses" });
    expect(queue.take("responses")).toBeUndefined();
    expect(queue.size).toBe(1);
    expect(queue.take("chat")).toEqual({ for: "chat", text: "chat" });
  });

  it("rejects malformed steps, naming the step and the field", () => {
    const queue = createScriptQueue();
    expect(() => queue.push([{ text: "ok" }, { text: "x", json: {} }])).toThrow(/step 1: json/);
    expect(() => queue.push([{ toolCalls: [{ name: "" }] }])).toThrow(/toolCalls\[0\]\.name/);
    expect(() => queue.push([{ error: { status: 200 } }])).toThrow(/error\.status/);
    expect(() => queue.push([{ for: "images" as never }])).toThrow(/for/);
    expect(queue.size).toBe(0);
  });
});
