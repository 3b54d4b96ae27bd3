import type { ResponseObject } from "./build-response.js";
import { unfinished } from "./build-response.js";
import type { Item } from "./input-items.js";

export interface StoredResponse {
  /** The response as it is once finished. */
  final: ResponseObject;
  inputItems: Item[];
  /** Emulator-clock ms at which a background response finishes. */
  doneAt: number;
  cancelled: boolean;
}

/** The response as a read at `now` sees it. */
export const viewResponse = (stored: StoredResponse, now: number): ResponseObject => {
  if (stored.cancelled) return unfinished(stored.final, "cancelled");
  return now >= stored.doneAt ? stored.final : unfinished(stored.final, "in_progress");
};
