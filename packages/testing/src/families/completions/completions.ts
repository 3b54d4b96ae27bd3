import { generate } from "../../generate/generate.js";
import { wordDeltas } from "../../generate/tokens.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { doneTerminated, jsonReply } from "../../wire/reply.js";

const promptText = (prompt: unknown): string => {
  if (typeof prompt === "string") return prompt;
  if (Array.isArray(prompt) && typeof prompt[0] === "string") return prompt.at(-1) as string;
  return "";
};

const usageOf = (usage: { input: number; output: number }) => ({
  prompt_tokens: usage.input,
  completion_tokens: usage.output,
  total_tokens: usage.input + usage.output,
});

export const completionsHandlers = {
  createCompletion: ({ state, body, streaming }) => {
    const text = promptText(body.prompt);
    const generation = generate(
      state,
      { family: "completions", model: body.model, body, lastText: text },
      text,
    );
    const output = generation.text ?? "";
    const id = state.ids.alnum("cmpl-", 29);
    const base = {
      id,
      object: "text_completion",
      created: state.clock.seconds(),
      model: body.model,
    };
    const choice = (delta: string, finish: string | null) => ({
      text: delta,
      index: 0,
      logprobs: null,
      finish_reason: finish,
    });
    if (!streaming) {
      return jsonReply({
        ...base,
        system_fingerprint: "fp_emulator",
        choices: [choice(output, "stop")],
        usage: usageOf(generation.usage),
      });
    }
    const chunks: Record<string, unknown>[] = [
      ...wordDeltas(output).map((delta) => ({ ...base, choices: [choice(delta, null)] })),
      { ...base, choices: [choice("", "stop")] },
    ];
    if (body.stream_options?.include_usage) {
      chunks.push({ ...base, choices: [], usage: usageOf(generation.usage) });
    }
    return { kind: "sse", messages: doneTerminated(chunks) };
  },
} satisfies Partial<OperationHandlers>;
