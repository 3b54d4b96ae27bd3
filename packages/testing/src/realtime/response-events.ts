import type { Generation } from "../generate/generate.js";
import { sizedDeltas, wordDeltas } from "../generate/tokens.js";
import type { IdSource } from "../ids/id-source.js";

type Event = { type: string } & Record<string, unknown>;

/** 50 ms of 24 kHz 16-bit silence per word: deterministic audio of a plausible length. */
const SILENCE = btoa("\0".repeat(2400));

const messageEvents = (
  responseId: string,
  outputIndex: number,
  item: Record<string, any>,
  text: string,
  audio: boolean,
): Event[] => {
  const where = {
    response_id: responseId,
    item_id: item.id,
    output_index: outputIndex,
    content_index: 0,
  };
  const done = audio ? { type: "audio", transcript: text } : { type: "text", text };
  const deltas = wordDeltas(text);
  return [
    {
      type: "response.content_part.added",
      ...where,
      part: audio ? { type: "audio", transcript: "" } : { type: "text", text: "" },
    },
    ...deltas.flatMap((delta): Event[] =>
      audio
        ? [
            { type: "response.output_audio_transcript.delta", ...where, delta },
            { type: "response.output_audio.delta", ...where, delta: SILENCE },
          ]
        : [{ type: "response.output_text.delta", ...where, delta }],
    ),
    ...(audio
      ? [
          { type: "response.output_audio.done", ...where },
          { type: "response.output_audio_transcript.done", ...where, transcript: text },
        ]
      : [{ type: "response.output_text.done", ...where, text }]),
    { type: "response.content_part.done", ...where, part: done },
  ];
};

/**
 * The server events of one Realtime response, from response.created to response.done, and the
 * items it adds to the conversation.
 */
export const realtimeResponseEvents = (fields: {
  ids: IdSource;
  generation: Generation;
  audio: boolean;
  previousItemId: string | null;
}): { events: Event[]; items: Record<string, unknown>[] } => {
  const { ids, generation, audio } = fields;
  const responseId = ids.alnum("resp_", 21);
  const base = {
    id: responseId,
    object: "realtime.response",
    status: "in_progress",
    status_details: null,
    output: [] as Record<string, unknown>[],
    conversation_id: "conv_emulated",
    output_modalities: [audio ? "audio" : "text"],
    max_output_tokens: "inf",
    metadata: null,
    usage: null as unknown,
  };
  const events: Event[] = [{ type: "response.created", response: base }];
  const items: Record<string, unknown>[] = [];
  let previous = fields.previousItemId;
  const add = (item: Record<string, any>, inner: Event[], finished: Record<string, unknown>) => {
    const outputIndex = items.length;
    events.push(
      {
        type: "response.output_item.added",
        response_id: responseId,
        output_index: outputIndex,
        item,
      },
      { type: "conversation.item.added", previous_item_id: previous, item },
      ...inner,
      {
        type: "response.output_item.done",
        response_id: responseId,
        output_index: outputIndex,
        item: finished,
      },
      { type: "conversation.item.done", previous_item_id: previous, item: finished },
    );
    items.push(finished);
    previous = item.id;
  };
  const text = generation.text ?? generation.refusal;
  if (text !== undefined) {
    const item = {
      id: ids.alnum("item_", 21),
      object: "realtime.item",
      type: "message",
      status: "in_progress",
      role: "assistant",
      content: [],
    };
    const content = audio
      ? [{ type: "output_audio", transcript: text }]
      : [{ type: "output_text", text }];
    add(item, messageEvents(responseId, items.length, item, text, audio), {
      ...item,
      status: "completed",
      content,
    });
  }
  for (const call of generation.toolCalls) {
    const item = {
      id: ids.alnum("item_", 21),
      object: "realtime.item",
      type: "function_call",
      status: "in_progress",
      call_id: call.callId,
      name: call.name,
      arguments: "",
    };
    const where = {
      response_id: responseId,
      item_id: item.id,
      output_index: items.length,
      call_id: call.callId,
    };
    add(
      item,
      [
        ...sizedDeltas(call.arguments).map((delta) => ({
          type: "response.function_call_arguments.delta",
          ...where,
          delta,
        })),
        {
          type: "response.function_call_arguments.done",
          ...where,
          name: call.name,
          arguments: call.arguments,
        },
      ],
      { ...item, status: "completed", arguments: call.arguments },
    );
  }
  const { input, output } = generation.usage;
  events.push({
    type: "response.done",
    response: {
      ...base,
      status: "completed",
      output: items,
      usage: {
        total_tokens: input + output,
        input_tokens: input,
        output_tokens: output,
        input_token_details: { cached_tokens: 0, text_tokens: input, audio_tokens: 0 },
        output_token_details: audio
          ? { text_tokens: 0, audio_tokens: output }
          : { text_tokens: output, audio_tokens: 0 },
      },
    },
  });
  return { events, items };
};
