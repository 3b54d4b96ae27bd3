import type { Generation } from "../../generate/generate.js";

export const chatUsage = (usage: Generation["usage"]) => ({
  prompt_tokens: usage.input,
  completion_tokens: usage.output,
  total_tokens: usage.input + usage.output,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: {
    reasoning_tokens: 0,
    audio_tokens: 0,
    accepted_prediction_tokens: 0,
    rejected_prediction_tokens: 0,
  },
});

export const finishReason = (generation: Generation) =>
  generation.toolCalls.length > 0 ? "tool_calls" : "stop";

const assistantMessage = (generation: Generation) => ({
  role: "assistant",
  content: generation.text ?? null,
  refusal: generation.refusal ?? null,
  annotations: [],
  ...(generation.toolCalls.length > 0
    ? {
        tool_calls: generation.toolCalls.map((call) => ({
          id: call.callId,
          type: "function",
          function: { name: call.name, arguments: call.arguments },
        })),
      }
    : {}),
});

/** A `chat.completion` with `n` identical choices. */
export const buildCompletion = (fields: {
  id: string;
  created: number;
  model: string;
  n: number;
  generation: Generation;
  serviceTier: string | null | undefined;
  metadata: unknown;
}) => ({
  id: fields.id,
  object: "chat.completion",
  created: fields.created,
  model: fields.model,
  choices: Array.from({ length: fields.n }, (_, index) => ({
    index,
    message: assistantMessage(fields.generation),
    logprobs: null,
    finish_reason: finishReason(fields.generation),
  })),
  usage: chatUsage(fields.generation.usage),
  service_tier:
    fields.serviceTier && fields.serviceTier !== "auto" ? fields.serviceTier : "default",
  system_fingerprint: "fp_emulator",
  metadata: fields.metadata ?? {},
});
