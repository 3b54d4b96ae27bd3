import type { ThroughputSettings } from "./throughput/scenarios.js";

export interface BenchSettings {
  throughput: ThroughputSettings;
  rounds: number;
  /** Fresh worker processes this many times over the rounds (see run-throughput.ts). */
  blocks: number;
  /** Untimed warm-up passes (20 requests or one stream each) a worker makes before sampling. */
  warmups: number;
  coldImportRuns: number;
  parser: { events: number; rounds: number; repeats: number };
  /** One long stream per client, each in its own process. */
  memory: { events: number; sampleEvery: number };
  retry: { rounds: number; warmupCalls: number };
}

// Sized so a full run takes about 5 minutes on a 2-core machine; --quick is a smoke test, and
// --only throughput,memory (any of bundles, cold-import, parser, throughput, memory, retry) runs
// just those sections.
export const benchSettings = (quick: boolean): BenchSettings => ({
  throughput: {
    sequentialRequests: quick ? 200 : 1_000,
    concurrentRequests: quick ? 200 : 1_000,
    concurrency: 16,
    sseEvents: 10_000,
    streamsPerSample: quick ? 1 : 10,
  },
  // Rounds of a fraction of a second each: this machine's speed swings by 30% within seconds,
  // and two candidates run back to back in one round see the same swing; samples much shorter
  // than that (a single 10k-event stream, ~12 ms) scattered the ratios from 0.3x to 1.9x.
  rounds: quick ? 1 : 25,
  blocks: quick ? 1 : 5,
  warmups: quick ? 3 : 15,
  coldImportRuns: quick ? 3 : 15,
  parser: { events: 10_000, rounds: quick ? 1 : 7, repeats: quick ? 2 : 20 },
  memory: { events: quick ? 100_000 : 1_000_000, sampleEvery: quick ? 10_000 : 100_000 },
  // A reset round costs each client ~0.5 s of backoff, so rounds stay few.
  retry: { rounds: quick ? 3 : 9, warmupCalls: quick ? 20 : 100 },
});
