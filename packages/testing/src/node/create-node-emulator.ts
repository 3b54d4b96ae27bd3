import { createEmulator as createBaseEmulator } from "../emulator/create-emulator.js";
import type { Emulator, EmulatorOptions } from "../emulator/types.js";
import { type Listening, type ListenOptions, listen } from "./listen.js";

export interface NodeEmulator extends Emulator {
  /** Serves the same emulator over HTTP on 127.0.0.1; call it more than once for more ports. */
  listen(options?: ListenOptions): Promise<Listening>;
  /** Stops answering and closes every server `listen` started. */
  close(): Promise<void>;
}

/** `createEmulator` from the root entry, plus `listen()` for a real HTTP server. */
export const createEmulator = (options: EmulatorOptions = {}): NodeEmulator => {
  const emulator = createBaseEmulator(options);
  const closeBase = emulator.close;
  const servers = new Set<Listening>();
  return Object.assign(emulator, {
    async listen(listenOptions?: ListenOptions) {
      const server = await listen(emulator, listenOptions);
      servers.add(server);
      return server;
    },
    async close() {
      await closeBase();
      await Promise.all([...servers].map((server) => server.close()));
      servers.clear();
    },
  });
};
