import type { Clock } from "../clock/clock.js";
import type { FaultRegistry } from "../faults/fault-registry.js";
import type { IdSource } from "../ids/id-source.js";
import type { ScriptQueue } from "../script/script-queue.js";
import type { WebhookSender } from "../webhooks/webhook-sender.js";
import type { AuthMode } from "../wire/auth.js";
import type { RateLimits } from "../wire/rate-limits.js";
import type { Timers } from "../wire/timers.js";
import type { Stores } from "./stores.js";

/** How long long-running objects take on the emulator clock, in ms. 0: done by the next read. */
export interface Durations {
  response: number;
  batch: number;
  vectorStoreFile: number;
  /** From queued to a downloadable video. */
  video: number;
  /** From validating to a succeeded fine-tuning job. */
  fineTuningJob: number;
  /** From queued to a completed eval run. */
  evalRun: number;
}

export interface ResolvedOptions {
  auth: AuthMode;
  durations: Durations;
  moderate: (text: string) => readonly string[];
  fetch: typeof fetch | undefined;
  maxBodyBytes: number;
  requestLog: number;
}

/** A request as the emulator received it; credentials are redacted. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** The spec's operationId, when the route exists. */
  operationId: string | undefined;
}

/** Everything one emulator instance owns; handlers receive it with each call. */
export interface EmulatorState {
  options: ResolvedOptions;
  clock: Clock;
  /** Object ids (responses, files...). */
  ids: IdSource;
  /** `x-request-id` values, apart so retries and faults do not shift object ids. */
  requestIds: IdSource;
  script: ScriptQueue;
  faults: FaultRegistry;
  timers: Timers;
  rateLimits: RateLimits;
  stores: Stores;
  requests: RecordedRequest[];
  /** Posts webhooks to the configured endpoints; families `watch` what ends in one. */
  webhooks: WebhookSender;
  /** Runs an operation in-process, without auth or faults (batches use it). */
  invoke(method: string, path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}
