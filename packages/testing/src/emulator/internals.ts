import type { EmulatorState } from "./state.js";
import type { Emulator } from "./types.js";

/** What the Node adapters need beyond the public surface, kept off the public object. */
export interface EmulatorInternals {
  state: EmulatorState;
  /** The raw handler: throws ConnectionReset where the in-process fetch would reject. */
  handle(request: Request): Promise<Response>;
  /** Whether close() was called. */
  closed(): boolean;
}

const registry = new WeakMap<Emulator, EmulatorInternals>();

export const setInternals = (emulator: Emulator, internals: EmulatorInternals): void => {
  registry.set(emulator, internals);
};

export const getInternals = (emulator: Emulator): EmulatorInternals => {
  const internals = registry.get(emulator);
  if (!internals) throw new TypeError("expected an emulator made by createEmulator()");
  return internals;
};
