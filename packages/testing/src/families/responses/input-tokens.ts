import { countTokens } from "../../generate/tokens.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { jsonReply } from "../../wire/reply.js";
import { allText } from "./input-items.js";
import { requestContext } from "./request-context.js";

export const inputTokensHandlers = {
  /** Counts the tokens a request would send, with the emulator's four-characters-a-token rule. */
  countResponseInputTokens: ({ state, body }) => {
    const text = allText(requestContext(state, body), body.instructions);
    const tools = body.tools ? JSON.stringify(body.tools) : "";
    return jsonReply({ object: "response.input_tokens", input_tokens: countTokens(text + tools) });
  },
} satisfies Partial<OperationHandlers>;
