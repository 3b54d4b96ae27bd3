export { runtimesCacheDir } from "./cache-dir.js";
export { chromiumArgs } from "./chromium.js";
export { ensureRuntime } from "./ensure-runtime.js";
export { importDriver } from "./import-driver.js";
export type { MissingRuntime, ReadyRuntime, Runtime } from "./types.js";
export { type RuntimeName, runtimeNames, runtimePins } from "./versions.js";
