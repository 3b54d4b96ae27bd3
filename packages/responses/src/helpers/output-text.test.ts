import { expect, it } from "vitest";
import type { Response } from "../generated/types.js";
import { outputText } from "./output-text.js";

const message = (...content: Array<{ type: string; text?: string; refusal?: string }>) => ({
  type: "message",
  id: "msg_1",
  role: "assistant",
  status: "completed",
  content: content.map((part) => ({ annotations: [], logprobs: [], ...part })),
});

it("joins the output_text parts of every message, in order", () => {
  const output = [
    message({ type: "output_text", text: "Hello" }, { type: "output_text", text: ", " }),
    { type: "function_call", id: "fc_1", call_id: "c1", name: "f", arguments: "{}" },
    message({ type: "output_text", text: "world" }),
  ];
  expect(outputText({ output } as unknown as Response)).toBe("Hello, world");
});

it("leaves refusals and non-message items out, and gives an empty string for no text", () => {
  const output = [message({ type: "refusal", refusal: "no" })];
  expect(outputText({ output } as unknown as Response)).toBe("");
  expect(outputText({ output: [] })).toBe("");
});
