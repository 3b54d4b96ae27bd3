export { createEmulator, type NodeEmulator } from "./node/create-node-emulator.js";
export { type Listening, type ListenOptions, listen } from "./node/listen.js";
export type { CorsOption } from "./wire/cors.js";
