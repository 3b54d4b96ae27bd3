import type { IdSource } from "../../ids/id-source.js";

export type Item = Record<string, unknown> & { id: string; type: string };

const ID_PREFIX: Record<string, string> = {
  message: "msg_",
  function_call: "fc_",
  function_call_output: "fco_",
};

const textPart = (role: unknown, text: string) => ({
  type: role === "assistant" ? "output_text" : "input_text",
  text,
  ...(role === "assistant" ? { annotations: [] } : {}),
});

/** The request's `input` as stored input items: typed, with ids and content parts. */
export const normalizeInput = (input: unknown, ids: IdSource): Item[] => {
  if (input === undefined || input === null) return [];
  const raw: Record<string, unknown>[] =
    typeof input === "string"
      ? [{ role: "user", content: input }]
      : (input as Record<string, unknown>[]);
  return raw.map((entry) => {
    const type = typeof entry.type === "string" ? entry.type : "message";
    const item: Record<string, unknown> = { ...entry, type };
    if (type === "message") {
      if (typeof entry.content === "string") item.content = [textPart(entry.role, entry.content)];
      item.status ??= "completed";
    }
    const id = typeof entry.id === "string" ? entry.id : ids.hex(ID_PREFIX[type] ?? "item_", 48);
    return { ...item, id } as Item;
  });
};

const partsText = (content: unknown): string => {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (typeof part?.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join(" ");
};

/** What the echo repeats: the last user message's text, or the last tool output. */
export const lastText = (items: readonly Item[]): string => {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.type === "message" && item.role === "user") return partsText(item.content);
    if (item.type === "function_call_output") {
      return typeof item.output === "string" ? item.output : JSON.stringify(item.output);
    }
  }
  return "";
};

/** All the text a request carries, for the token estimate. */
export const allText = (items: readonly Item[], instructions: unknown): string =>
  [
    typeof instructions === "string" ? instructions : "",
    ...items.map((item) =>
      item.type === "message" ? partsText(item.content) : JSON.stringify(item.output ?? ""),
    ),
  ].join("\n");
