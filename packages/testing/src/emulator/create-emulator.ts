import { createClock } from "../clock/clock.js";
import { createFaultRegistry } from "../faults/fault-registry.js";
import { createIdSource } from "../ids/id-source.js";
import { createRouter } from "../router/router.js";
import { createScriptQueue } from "../script/script-queue.js";
import { createWebhooks } from "../webhooks/create-webhooks.js";
import { createWebhookSender } from "../webhooks/webhook-sender.js";
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
  maxBodyBytes: options.maxBodyBytes ?? 100 * 2 ** 20,
  requestLog: options.requestLog ?? 1000,
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
  const timers = createTimers();
  const state: EmulatorState = {
    options: resolve(options),
    clock,
    ids: createIdSource(seed),
    requestIds: createIdSource(seed ^ 0x5eed),
    script: createScriptQueue(),
    faults: createFaultRegistry(),
    timers,
    rateLimits: createRateLimits(clock, options.rateLimits),
    stores: createStores(),
    requests: [],
    webhooks: createWebhookSender({
      endpoints: options.webhooks ?? [],
      retry: options.webhookRetries ?? {},
      clock,
      ids: createIdSource(seed ^ 0x3eb400c),
      timers,
      fetch: options.fetch,
    }),
    invoke: (method, path, body) => router.invoke(method, path, body),
  };
  const router = createRouter(state);
  let closed = false;
  const handle = async (request: Request) => {
    if (closed) throw new ConnectionReset("the emulator is closed");
    try {
      return await router.handle(request);
    } finally {
      state.webhooks.poll();
    }
  };
  const emulator: Emulator = {
    fetch: inProcessFetch(handle),
    script: (...steps) => state.script.push(steps),
    fault: (spec) => state.faults.add(spec),
    advance: (ms) => {
      clock.advance(ms);
      state.webhooks.poll();
    },
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
      state.webhooks.reset();
    },
    async close() {
      closed = true;
      state.timers.cancelAll(new ConnectionReset("the emulator was closed"));
    },
  };
  setInternals(emulator, { state, handle, closed: () => closed });
  return emulator;
};
