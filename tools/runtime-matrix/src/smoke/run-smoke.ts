import { createEmulator } from "@oaikit/testing";
import { allCases } from "./cases/all.js";
import { prepareEmulator, runCases } from "./run-cases.js";
import type { CaseResult, SmokeMode } from "./types.js";

export interface SmokeRequest {
  mode: SmokeMode;
  /** Over HTTP: the emulator's `/v1` URL, served (and prepared) by the host. */
  baseURL?: string;
  browser?: boolean;
}

/**
 * Runs every smoke case in this runtime. Over HTTP the host has prepared the emulator; in
 * process, the emulator is created and prepared here, inside the runtime under test.
 */
export const runSmoke = async (request: SmokeRequest): Promise<CaseResult[]> => {
  const browser = request.browser ?? false;
  if (request.mode === "http") {
    if (!request.baseURL) throw new Error("an HTTP smoke run needs the emulator's baseURL");
    return runCases(allCases, {
      mode: "http",
      baseURL: request.baseURL,
      fetch: undefined,
      browser,
    });
  }
  const emulator = createEmulator();
  prepareEmulator(emulator, allCases);
  try {
    return await runCases(allCases, {
      mode: "in-process",
      baseURL: "http://emulator.in-process/v1",
      fetch: emulator.fetch,
      browser,
    });
  } finally {
    await emulator.close();
  }
};
