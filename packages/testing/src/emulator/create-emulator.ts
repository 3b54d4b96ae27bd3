import { createClock } from "../clock/clock.js";
import { createFaultRegistry } from "../faults/fault-registry.js";
import { createIdSource } from "../ids/id-source.js";
import { createRouter } from "../router/router.js";
import { createScriptQueue } from "../script/script-queue.js";
import { createWebhooks } from "../webhooks/create-webhooks.js";
import { ConnectionReset } from "../wire/connection-reset.js";
import { inProcessFetch } from "../wire/in-process-fetch.js";
import { createRateLimits } from "../wire/rate-limits.js";
import { createTimers } from "../wire/timers.js";
import { checkOptions } from "./check-options.js";
import { setInternals } from "./internals.js";
import type { EmulatorState, ResolvedOptions } from "./state.js";
import { createStores } from "./stores.js";
import type { Emulator, EmulatorOptions } from "./types.js";

const resolve = (options: EmulatorOptions): ResolvedOptions => ({
  auth: options.auth ?? "any",
  durations: {
    response: 0,
    batch: 0,
    vectorStoreFile: 0,
    video: 0,
    fineTuningJob: 0,
    evalRun: 0,
    ...options.durations,
  },
  moderate: options.moderate ?? (() => []),
  fetch: options.fetch,
});

/**
 * A local emulator of the OpenAI API. Its `fetch` serves the `/v1` routes in-process; objects
 * live in memory, model outputs echo the input unless scripted, and faults can be injected.
 */
export const createEmulator = (options: EmulatorOptions = {}): Emulator => {
  checkOptions(options);
  const seed = options.seed ?? 0;
  const start = options.startTime === undefined ? Date.now() : +options.startTime;
  const clock = createClock(start);
  const state: EmulatorState = {
    options: resolve(options),
    clock,
    ids: createIdSource(seed),
    requestIds: createIdSource(seed ^ 0x5eed),
    script: createScriptQueue(),
    faults: createFaultRegistry(),
    timers: createTimers(),
    rateLimits: createRateLimits(clock, options.rateLimits),
    stores: createStores(),
    requests: [],
    invoke: (method, path, body) => router.invoke(method, path, body),
  };
  const router = createRouter(state);
  let closed = false;
  const handle = async (request: Request) => {
    if (closed) throw new ConnectionReset("the emulator is closed");
    return router.handle(request);
  };
  const emulator: Emulator = {
    fetch: inProcessFetch(handle),
    script: (...steps) => state.script.push(steps),
    fault: (spec) => state.faults.add(spec),
    advance: (ms) => clock.advance(ms),
    now: () => clock.now(),
    get requests() {
      return state.requests;
    },
    get pendingScript() {
      return state.script.size;
    },
    webhooks: createWebhooks(state),
    reset() {
      state.stores = createStores();
      state.script.clear();
      state.faults.clear();
      state.requests = [];
    },
    async close() {
      closed = true;
      state.timers.cancelAll(new ConnectionReset("the emulator was closed"));
    },
  };
  setInternals(emulator, { state, handle, closed: () => closed });
  return emulator;
};
