import type { ReadyRuntime } from "../../../../test-support/runtimes/types.js";
import type { CaseResult, SmokeMode } from "../smoke/types.js";
import { buildBundles } from "./build-bundles.js";
import { runCliRuntime } from "./run-cli-runtime.js";
import { runPage } from "./run-page.js";
import { runWorker } from "./run-worker.js";
import { startEmulator } from "./start-emulator.js";

/**
 * One smoke run of every case in one runtime and mode. Over HTTP a fresh emulator is served
 * by this (host) Node process; in process, the runtime creates its own.
 */
export const runRuntime = async (runtime: ReadyRuntime, mode: SmokeMode): Promise<CaseResult[]> => {
  const bundles = await buildBundles();
  const emulator = mode === "http" ? await startEmulator() : undefined;
  try {
    const baseURL = emulator?.baseURL;
    if (runtime.name === "workerd") return await runWorker(runtime, bundles.worker, mode, baseURL);
    if (runtime.name === "chromium") return await runPage(runtime, bundles.pageDir, mode, baseURL);
    return await runCliRuntime(runtime, bundles.cli, mode, baseURL);
  } finally {
    await emulator?.close();
  }
};
