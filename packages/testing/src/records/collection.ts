import type { EmulatorState } from "../emulator/state.js";

/** A stored API object: plain JSON with an id. */
export type Item = Record<string, any> & { id: string };

/** The objects stored under `key`, in creation order; created empty on first use. */
export const collection = (state: EmulatorState, key: string): Map<string, Item> => {
  let items = state.stores.records.get(key);
  if (!items) {
    items = new Map();
    state.stores.records.set(key, items);
  }
  return items;
};
