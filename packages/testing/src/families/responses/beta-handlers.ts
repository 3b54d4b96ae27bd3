import type { Handlers } from "../../router/handler.js";
import { responsesHandlers } from "./handlers.js";
import { tokenHandlers } from "./token-handlers.js";

/**
 * The `?beta=true` variants of the Responses routes: checked with their own (beta) generated
 * schemas, answered by the same handlers.
 */
export const betaResponsesHandlers: Handlers = Object.fromEntries(
  Object.entries({ ...responsesHandlers, ...tokenHandlers }).map(([id, handler]) => [
    `beta_${id}`,
    handler,
  ]),
);
