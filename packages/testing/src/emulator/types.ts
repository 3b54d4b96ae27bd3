import type { FaultHandle, FaultSpec } from "../faults/types.js";
import type { ScriptStep } from "../script/types.js";
import type { WebhookEndpoint, WebhookRetryOptions, Webhooks } from "../webhooks/types.js";
import type { AuthMode } from "../wire/auth.js";
import type { RateLimitOptions } from "../wire/rate-limits.js";
import type { Durations, RecordedRequest } from "./state.js";

export interface EmulatorOptions {
  /** Which keys are accepted: "any" (default), "reject" (every request gets 401), or a list. */
  auth?: AuthMode;
  /** Seed of the generated ids; the same seed and request order give the same ids. Default 0. */
  seed?: number;
  /** Where the emulator clock starts; default the current time. It moves only with `advance`. */
  startTime?: number | Date;
  /** How long long-running objects take on the emulator clock; default 0 (done by the next read). */
  durations?: Partial<Durations>;
  /** Limits reported in the `x-ratelimit-*` headers. */
  rateLimits?: RateLimitOptions;
  /** The moderation categories an input is flagged for; default none. */
  moderate?: (text: string) => readonly string[];
  /** The fetch webhooks are posted with; default the global fetch. */
  fetch?: typeof fetch;
  /**
   * Endpoints to post webhook events to, signed with their secret, as the API does: background
   * responses, batches, fine-tuning jobs and eval runs as they finish, and incoming calls.
   */
  webhooks?: readonly WebhookEndpoint[];
  /** How failed webhook deliveries are retried; see WebhookRetryOptions. */
  webhookRetries?: WebhookRetryOptions;
  /**
   * The largest request body read, in bytes; a larger one is answered 413 without being read
   * whole. Default 100 MiB. Raise it to upload larger files (the API takes files up to 512 MB).
   */
  maxBodyBytes?: number;
  /** How many of the latest requests `requests` keeps, the oldest dropped first. Default 1,000. */
  requestLog?: number;
}

export interface Emulator {
  /** A standard fetch served in-process (no socket): pass it to `createClient({ fetch })`. */
  readonly fetch: typeof fetch;
  /** Queues model outputs, consumed in order by Responses, Chat Completions and Completions. */
  script(...steps: ScriptStep[]): void;
  /** Makes matching requests fail, stall or break; see FaultSpec. */
  fault(spec: FaultSpec): FaultHandle;
  /** Moves the emulator clock forward (background responses, batches, vector store files). */
  advance(ms: number): void;
  /** The emulator clock, in ms since the epoch. */
  now(): number;
  /**
   * The latest requests (up to `requestLog`, default 1,000), oldest first, with credentials
   * redacted. A request refused for its key is recorded without its body, which is never read.
   */
  readonly requests: readonly RecordedRequest[];
  /** Scripted outputs not consumed yet. */
  readonly pendingScript: number;
  readonly webhooks: Webhooks;
  /** Forgets all objects, scripts, faults and recorded requests. */
  reset(): void;
  /** Stops answering: later requests fail like a refused connection. */
  close(): Promise<void>;
}
