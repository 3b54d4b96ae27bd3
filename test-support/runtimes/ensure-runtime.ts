import { installChromium } from "./chromium.js";
import { installNpmRuntime } from "./npm-runtime.js";
import type { Runtime } from "./types.js";
import { type RuntimeName, runtimePins } from "./versions.js";

const pending = new Map<RuntimeName, Promise<Runtime>>();

const install = async (name: RuntimeName): Promise<Runtime> => {
  if (name === "node") {
    return { name, ready: true, version: process.versions.node, executable: process.execPath };
  }
  if (name === "chromium") return installChromium();
  return installNpmRuntime(name);
};

const log = (line: string) => process.stderr.write(`[runtimes] ${line}\n`);

/**
 * The runtime, installed into the cache on first use (pinned in versions.ts), or why it cannot
 * be. Never throws: a runtime that cannot be installed is reported (and logged) as missing so
 * that callers skip only that runtime. Calls in one process share one install.
 */
export const ensureRuntime = (name: RuntimeName): Promise<Runtime> => {
  let result = pending.get(name);
  if (!result) {
    const started = performance.now();
    result = install(name).then(
      (runtime) => report(runtime, started),
      (error: unknown) =>
        report(
          { name, ready: false, reason: error instanceof Error ? error.message : String(error) },
          started,
        ),
    );
    pending.set(name, result);
  }
  return result;
};

const report = (runtime: Runtime, started: number): Runtime => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (runtime.ready) {
    log(`${runtime.name} ${runtime.version} ready (${seconds} s) at ${runtime.executable}`);
  } else {
    const pin =
      runtime.name === "node"
        ? ""
        : ` (${runtimePins[runtime.name].npm}@${runtimePins[runtime.name].version})`;
    log(
      `${runtime.name}${pin} CANNOT BE INSTALLED, skipping only ${runtime.name}: ${runtime.reason}`,
    );
  }
  return runtime;
};
