import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Handler } from "../../router/handler.js";
import { compactionHandlers } from "./compaction.js";
import { inputTokensHandlers } from "./input-tokens.js";
import { responsesHandlers } from "./responses.js";

/** The plain handler answers its beta twin too; the router checks the beta params schema first. */
const twin = (handler: Handler): Handler => handler;

/** The `?beta=true` variants of the Responses routes. */
export const betaResponsesHandlers = {
  createBetaResponse: twin(responsesHandlers.createResponse),
  retrieveBetaResponse: twin(responsesHandlers.retrieveResponse),
  deleteBetaResponse: twin(responsesHandlers.deleteResponse),
  cancelBetaResponse: twin(responsesHandlers.cancelResponse),
  listBetaResponseInputItems: twin(responsesHandlers.listResponseInputItems),
  compactBetaResponse: twin(compactionHandlers.compactResponse),
  countBetaResponseInputTokens: twin(inputTokensHandlers.countResponseInputTokens),
} satisfies Partial<OperationHandlers>;
