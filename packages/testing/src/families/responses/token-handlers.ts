import type { CompactResponseParams, CountResponseInputTokensParams } from "@oaikit/responses";
import type { EmulatorState } from "../../emulator/state.js";
import { countTokens } from "../../generate/tokens.js";
import { bytesToBase64 } from "../../media/base64.js";
import { type Handlers, handler } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { responseUsage } from "./build-response.js";
import { allText, type Item, normalizeInput } from "./input-items.js";

/** The items a request stands on: a previous response's whole context, then its own input. */
const context = (
  state: EmulatorState,
  body: { input?: unknown; previous_response_id?: string | null | undefined },
): Item[] => {
  const previousId = body.previous_response_id;
  const previous = previousId ? state.stores.responses.get(previousId) : undefined;
  if (previousId && !previous) {
    throw invalidRequest(
      `Previous response with id '${previousId}' not found.`,
      "previous_response_id",
    );
  }
  const before = previous ? [...previous.inputItems, ...previous.final.output] : [];
  return [...before, ...normalizeInput(body.input, state.ids)];
};

export const tokenHandlers: Handlers = {
  /** Counts the tokens a request would send, with the emulator's four-characters-a-token rule. */
  Getinputtokencounts: handler<CountResponseInputTokensParams>(({ state, body }) => {
    const text = allText(context(state, body), body.instructions);
    const tools = body.tools ? JSON.stringify(body.tools) : "";
    return jsonReply({ object: "response.input_tokens", input_tokens: countTokens(text + tools) });
  }),
  /**
   * Compaction keeps the user's messages and folds everything else into one opaque
   * `compaction` item (here, the folded items' text, base64-encoded).
   */
  Compactconversation: handler<CompactResponseParams>(({ state, body }) => {
    const items = context(state, body);
    const kept = items.filter((item) => item.type === "message" && item.role === "user");
    const folded = allText(
      items.filter((item) => !kept.includes(item)),
      body.instructions,
    );
    const summary = bytesToBase64(new TextEncoder().encode(folded));
    const inputTokens = countTokens(allText(items, body.instructions));
    return jsonReply({
      id: state.ids.hex("resp_", 48),
      object: "response.compaction",
      created_at: state.clock.seconds(),
      output: [
        ...kept,
        { id: state.ids.hex("cmp_", 48), type: "compaction", encrypted_content: summary },
      ],
      usage: responseUsage({ input: inputTokens, output: countTokens(summary) }),
    });
  }),
};
