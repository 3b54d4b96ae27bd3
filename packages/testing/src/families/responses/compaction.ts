import { countTokens } from "../../generate/tokens.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { bytesToBase64 } from "../../media/base64.js";
import { jsonReply } from "../../wire/reply.js";
import { responseUsage } from "./build-response.js";
import { allText } from "./input-items.js";
import { requestContext } from "./request-context.js";

export const compactionHandlers = {
  /**
   * Compaction keeps the user's messages and folds everything else into one opaque
   * `compaction` item (here, the folded items' text, base64-encoded).
   */
  compactResponse: ({ state, body }) => {
    const items = requestContext(state, body);
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
  },
} satisfies Partial<OperationHandlers>;
