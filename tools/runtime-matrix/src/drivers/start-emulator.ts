import { createEmulator } from "@oaikit/testing/node";
import { allCases } from "../smoke/cases/all.js";
import { prepareEmulator } from "../smoke/run-cases.js";

/** A fresh emulator served over HTTP on 127.0.0.1, prepared for one runtime's smoke run. */
export const startEmulator = async () => {
  const emulator = createEmulator();
  prepareEmulator(emulator, allCases);
  const { baseURL } = await emulator.listen();
  return { baseURL, close: () => emulator.close() };
};
