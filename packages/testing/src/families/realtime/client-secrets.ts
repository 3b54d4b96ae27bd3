import type { EmulatorState } from "../../emulator/state.js";
import { collection, type Item } from "../../records/collection.js";

const KEY = "realtime client secret";

/** Mints an ephemeral key for a browser or device: it opens the Realtime WebSocket until it expires. */
export const mintClientSecret = (
  state: EmulatorState,
  session: Record<string, unknown>,
  seconds: number,
): Item => {
  const secret = {
    id: state.ids.alnum("ek_", 32),
    expires_at: state.clock.seconds() + seconds,
    session,
  };
  collection(state, KEY).set(secret.id, secret);
  return secret;
};

/** The live client secret with this value, if any (expired ones no longer open sessions). */
export const liveClientSecret = (state: EmulatorState, value: string): Item | undefined => {
  const secret = collection(state, KEY).get(value);
  return secret && state.clock.seconds() < secret.expires_at ? secret : undefined;
};

/** Whether the emulator minted this value, live or not. */
export const clientSecretExists = (state: EmulatorState, value: string): boolean =>
  collection(state, KEY).has(value);
