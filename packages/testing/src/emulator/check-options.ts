import type { EmulatorOptions } from "./types.js";

const WEBHOOK_SECRET = /^(whsec_)?[A-Za-z0-9+/]+={0,2}$/;

const fail = (field: string, fix: string): never => {
  throw new TypeError(`createEmulator(): ${field} ${fix}`);
};

/** Rejects options the emulator would misread, naming the field and what it accepts. */
export const checkOptions = (options: EmulatorOptions): void => {
  const { auth, seed, startTime, durations, moderate, fetch, webhooks, webhookRetries } = options;
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
  if (webhooks !== undefined && !Array.isArray(webhooks)) {
    fail("webhooks", "must be an array of { url, secret, events? }");
  }
  for (const [i, endpoint] of (webhooks ?? []).entries()) {
    if (!URL.canParse(String(endpoint?.url)) || !/^https?:$/.test(new URL(endpoint.url).protocol)) {
      fail(`webhooks[${i}].url`, "must be an http(s) URL");
    }
    // The secret itself never goes into the message.
    if (typeof endpoint.secret !== "string" || !WEBHOOK_SECRET.test(endpoint.secret)) {
      fail(`webhooks[${i}].secret`, 'must be "whsec_" followed by base64');
    }
    const { events } = endpoint;
    if (
      events !== undefined &&
      !(Array.isArray(events) && events.every((e) => typeof e === "string"))
    ) {
      fail(`webhooks[${i}].events`, "must be an array of event types");
    }
  }
  const { maxBodyBytes, requestLog } = options;
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    fail("maxBodyBytes", "must be a whole number of bytes > 0");
  }
  if (requestLog !== undefined && !(Number.isInteger(requestLog) && requestLog >= 0)) {
    fail("requestLog", "must be a whole number of requests >= 0");
  }
  for (const [name, value] of Object.entries(webhookRetries ?? {})) {
    const min = name === "maxAttempts" ? 1 : 0;
    if (!(Number.isInteger(value) && value >= min)) {
      fail(`webhookRetries.${name}`, `must be an integer >= ${min}`);
    }
  }
};
