import type { Generation } from "../../generate/generate.js";
import { sizedDeltas, wordDeltas } from "../../generate/tokens.js";
import { chatUsage, finishReason } from "./build-completion.js";

/**
 * The `chat.completion.chunk` sequence for a generation: role first, then content (or refusal)
 * deltas, then each tool call (id and name, then argument pieces), then the finish reason and,
 * when asked for, a usage-only chunk.
 */
export const completionChunks = (fields: {
  id: string;
  created: number;
  model: string;
  generation: Generation;
  includeUsage: boolean;
}) => {
  const { generation } = fields;
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id: fields.id,
    object: "chat.completion.chunk",
    created: fields.created,
    model: fields.model,
    service_tier: "default",
    system_fingerprint: "fp_emulator",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(fields.includeUsage ? { usage: null } : {}),
  });
  const chunks: Record<string, unknown>[] = [
    chunk({ role: "assistant", content: "", refusal: null }),
  ];
  for (const delta of wordDeltas(generation.text ?? "")) chunks.push(chunk({ content: delta }));
  for (const delta of wordDeltas(generation.refusal ?? "")) chunks.push(chunk({ refusal: delta }));
  generation.toolCalls.forEach((call, index) => {
    chunks.push(
      chunk({
        tool_calls: [
          {
            index,
            id: call.callId,
            type: "function",
            function: { name: call.name, arguments: "" },
          },
        ],
      }),
    );
    for (const piece of sizedDeltas(call.arguments)) {
      chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  chunks.push(chunk({}, finishReason(generation)));
  if (fields.includeUsage) {
    chunks.push({ ...chunk({}), choices: [], usage: chatUsage(generation.usage) });
  }
  return chunks;
};
