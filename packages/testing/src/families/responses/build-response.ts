import type { Generation } from "../../generate/generate.js";
import type { IdSource } from "../../ids/id-source.js";
import type { Item } from "./input-items.js";

export type ResponseObject = Record<string, unknown> & {
  id: string;
  status: string;
  output: Item[];
};

/** The output items of a generation: one assistant message (if any text), then tool calls. */
export const outputItems = (generation: Generation, ids: IdSource): Item[] => {
  const items: Item[] = [];
  if (generation.text !== undefined || generation.refusal !== undefined) {
    const content: Record<string, unknown>[] = [];
    if (generation.text !== undefined) {
      content.push({ type: "output_text", annotations: [], logprobs: [], text: generation.text });
    }
    if (generation.refusal !== undefined) {
      content.push({ type: "refusal", refusal: generation.refusal });
    }
    items.push({
      id: ids.hex("msg_", 48),
      type: "message",
      status: "completed",
      content,
      role: "assistant",
    });
  }
  for (const call of generation.toolCalls) {
    items.push({
      id: ids.hex("fc_", 48),
      type: "function_call",
      status: "completed",
      arguments: call.arguments,
      call_id: call.callId,
      name: call.name,
    });
  }
  return items;
};

export const responseUsage = (usage: Generation["usage"]) => ({
  input_tokens: usage.input,
  input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
  output_tokens: usage.output,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: usage.input + usage.output,
});

/** A finished Response object; request parameters are echoed back as the API does. */
export const buildResponse = (fields: {
  id: string;
  createdAt: number;
  body: Record<string, any>;
  output: Item[];
  usage: Generation["usage"];
}): ResponseObject => {
  const { body } = fields;
  return {
    id: fields.id,
    object: "response",
    created_at: fields.createdAt,
    status: "completed",
    background: body.background ?? false,
    completed_at: fields.createdAt,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: body.max_tool_calls ?? null,
    model: body.model,
    output: fields.output,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    reasoning: body.reasoning ?? { effort: null, summary: null },
    safety_identifier: body.safety_identifier ?? null,
    service_tier: body.service_tier && body.service_tier !== "auto" ? body.service_tier : "default",
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: body.text ?? { format: { type: "text" }, verbosity: "medium" },
    tool_choice: body.tool_choice ?? "auto",
    tools: body.tools ?? [],
    top_logprobs: body.top_logprobs ?? 0,
    top_p: body.top_p ?? 1,
    truncation: body.truncation ?? "disabled",
    usage: responseUsage(fields.usage),
    ...(body.user ? { user: body.user } : {}),
    metadata: body.metadata ?? {},
  };
};

/** The same response before it finished: no output, no usage yet. */
export const unfinished = (
  { usage: _, ...response }: ResponseObject,
  status: string,
): ResponseObject => ({ ...response, status, output: [], completed_at: null });
