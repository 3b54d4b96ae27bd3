import { sizedDeltas, wordDeltas } from "../../generate/tokens.js";
import { type ResponseObject, unfinished } from "./build-response.js";
import type { Item } from "./input-items.js";

type Event = { type: string } & Record<string, unknown>;

const contentEvents = (item: Item, outputIndex: number): Event[] => {
  const parts = (item.content as Record<string, any>[]) ?? [];
  return parts.flatMap((part, contentIndex) => {
    const where = { item_id: item.id, output_index: outputIndex, content_index: contentIndex };
    const isText = part.type === "output_text";
    const full: string = isText ? part.text : part.refusal;
    const empty = isText ? { ...part, text: "" } : { ...part, refusal: "" };
    return [
      { type: "response.content_part.added", ...where, part: empty },
      ...wordDeltas(full).map((delta) =>
        isText
          ? { type: "response.output_text.delta", ...where, delta, logprobs: [] }
          : { type: "response.refusal.delta", ...where, delta },
      ),
      isText
        ? { type: "response.output_text.done", ...where, text: full, logprobs: [] }
        : { type: "response.refusal.done", ...where, refusal: full },
      { type: "response.content_part.done", ...where, part },
    ];
  });
};

const itemEvents = (item: Item, outputIndex: number): Event[] => {
  const where = { output_index: outputIndex };
  if (item.type === "function_call") {
    const args = String(item.arguments);
    return [
      {
        type: "response.output_item.added",
        ...where,
        item: { ...item, arguments: "", status: "in_progress" },
      },
      ...sizedDeltas(args).map((delta) => ({
        type: "response.function_call_arguments.delta",
        item_id: item.id,
        ...where,
        delta,
      })),
      {
        type: "response.function_call_arguments.done",
        item_id: item.id,
        ...where,
        name: item.name,
        arguments: args,
      },
      { type: "response.output_item.done", ...where, item },
    ];
  }
  return [
    {
      type: "response.output_item.added",
      ...where,
      item: { ...item, content: [], status: "in_progress" },
    },
    ...contentEvents(item, outputIndex),
    { type: "response.output_item.done", ...where, item },
  ];
};

/**
 * The full event sequence that streams `final`, numbered from 0. It depends only on the final
 * response, so a background response can be replayed from any `sequence_number`.
 */
export const responseEvents = (final: ResponseObject): Event[] => {
  const background = final.background === true;
  const start = unfinished(final, background ? "queued" : "in_progress");
  const events: Event[] = [
    { type: "response.created", response: start },
    ...(background ? [{ type: "response.queued", response: start }] : []),
    { type: "response.in_progress", response: unfinished(final, "in_progress") },
    ...final.output.flatMap((item, i) => itemEvents(item, i)),
  ];
  if (final.status === "completed" || final.status === "incomplete") {
    events.push({ type: `response.${final.status}`, response: final });
  }
  return events.map((event, sequence_number) => ({ ...event, sequence_number }));
};
