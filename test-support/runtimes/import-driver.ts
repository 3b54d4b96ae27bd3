import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReadyRuntime } from "./types.js";

/**
 * Loads a driver module (`miniflare`, `playwright-core`) from a runtime's cache directory. The
 * drivers are not workspace dependencies, so `pnpm install` stays light and a failed driver
 * install skips one runtime instead of breaking the install; the caller types what it uses.
 */
export const importDriver = async <T>(runtime: ReadyRuntime, specifier: string): Promise<T> => {
  if (!runtime.driverDir) throw new Error(`${runtime.name} has no driver module`);
  const require = createRequire(join(runtime.driverDir, "package.json"));
  return (await import(pathToFileURL(require.resolve(specifier)).href)) as T;
};
