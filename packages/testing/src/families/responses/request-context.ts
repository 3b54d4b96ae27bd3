import type { EmulatorState } from "../../emulator/state.js";
import { invalidRequest } from "../../wire/api-error.js";
import { type Item, normalizeInput } from "./input-items.js";

/** The items a request stands on: a previous response's whole context, then its own input. */
export const requestContext = (
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
