import type { RuntimeName } from "./versions.js";

export interface ReadyRuntime {
  name: RuntimeName;
  ready: true;
  /** The version that answered `--version`, e.g. "22.23.3" or "Chromium 156.0.8078.129". */
  version: string;
  /** The binary: node, bun, deno, workerd or chromium. */
  executable: string;
  /**
   * For workerd and chromium: a directory whose `node_modules` holds the driver (miniflare,
   * playwright-core); load it with `importDriver(runtime)`.
   */
  driverDir?: string;
}

export interface MissingRuntime {
  name: RuntimeName;
  ready: false;
  /** Why it could not be installed; the matrix prints it and skips this runtime only. */
  reason: string;
}

export type Runtime = ReadyRuntime | MissingRuntime;
