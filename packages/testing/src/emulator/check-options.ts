import type { EmulatorOptions } from "./types.js";

const fail = (field: string, fix: string): never => {
  throw new TypeError(`createEmulator(): ${field} ${fix}`);
};

/** Rejects options the emulator would misread, naming the field and what it accepts. */
export const checkOptions = (options: EmulatorOptions): void => {
  const { auth, seed, startTime, durations, moderate, fetch } = options;
  if (
    auth !== undefined &&
    auth !== "any" &&
    auth !== "reject" &&
    !(Array.isArray(auth) && auth.every((key) => typeof key === "string"))
  ) {
    fail("auth", 'must be "any", "reject" or an array of accepted keys');
  }
  if (seed !== undefined && !Number.isInteger(seed)) fail("seed", "must be an integer");
  if (startTime !== undefined && !Number.isFinite(+startTime)) {
    fail("startTime", "must be a Date or milliseconds since the epoch");
  }
  for (const [name, ms] of Object.entries(durations ?? {})) {
    if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
      fail(`durations.${name}`, "must be a finite number of milliseconds >= 0");
    }
  }
  if (moderate !== undefined && typeof moderate !== "function")
    fail("moderate", "must be a function");
  if (fetch !== undefined && typeof fetch !== "function") fail("fetch", "must be a fetch function");
};
