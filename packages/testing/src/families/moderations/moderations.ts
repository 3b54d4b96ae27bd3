import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { jsonReply } from "../../wire/reply.js";

const CATEGORIES = [
  "hate",
  "hate/threatening",
  "harassment",
  "harassment/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
] as const;

/** Text inputs, one result each; a multimodal list is one input whose text parts are joined. */
const texts = (input: unknown): string[] => {
  if (typeof input === "string") return [input];
  const list = input as unknown[];
  if (list.every((item) => typeof item === "string")) return list as string[];
  return [
    (list as { type: string; text?: string }[])
      .map((part) => (part.type === "text" ? (part.text ?? "") : ""))
      .join(" "),
  ];
};

export const moderationsHandlers = {
  createModeration: ({ state, body }) => {
    const results = texts(body.input).map((text) => {
      const flagged = new Set(state.options.moderate(text));
      const unknown = [...flagged].find(
        (name) => !(CATEGORIES as readonly string[]).includes(name),
      );
      if (unknown !== undefined) {
        throw new TypeError(
          `createEmulator(): moderate returned "${unknown}"; use one of ${CATEGORIES.join(", ")}`,
        );
      }
      const each = <T>(value: (name: string) => T) =>
        Object.fromEntries(CATEGORIES.map((name) => [name, value(name)]));
      return {
        flagged: flagged.size > 0,
        categories: each((name) => flagged.has(name)),
        category_scores: each((name) => (flagged.has(name) ? 0.99 : 0.0001)),
        category_applied_input_types: each(() => ["text"]),
      };
    });
    return jsonReply({
      id: state.ids.hex("modr-", 24),
      model: body.model ?? "omni-moderation-latest",
      results,
    });
  },
} satisfies Partial<OperationHandlers>;
