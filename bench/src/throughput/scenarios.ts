import { performance } from "node:perf_hooks";
import type { Candidate } from "./candidate.js";

export interface ThroughputSettings {
  sequentialRequests: number;
  concurrentRequests: number;
  concurrency: number;
  /** Events in each stream the server sends. */
  sseEvents: number;
  streamsPerSample: number;
}

/** One timed sample: operations per second, and the client process's CPU per operation. */
export interface Sample {
  rate: number;
  cpuMicros: number;
}

/** One measurement kind; `run` times one sample. */
export interface Scenario {
  id: string;
  label: string;
  unit: string;
  /** Whether the candidate can take part (references may lack a stream reader). */
  accepts(candidate: Candidate): boolean;
  /** A little of the same work, untimed, right before a sample. */
  warm(candidate: Candidate): Promise<unknown>;
  run(candidate: Candidate): Promise<Sample>;
}

// CPU time is what a client spends of its own; it moves less than wall time when the machine is
// shared, so both are kept.
const rate = async (operations: number, work: () => Promise<void>): Promise<Sample> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(cpu);
  return {
    rate: (operations * 1000) / (performance.now() - start),
    cpuMicros: (user + system) / operations,
  };
};

const warmJson = async (candidate: Candidate): Promise<void> => {
  for (let i = 0; i < 20; i++) await candidate.json!();
};

export const scenarios = (settings: ThroughputSettings): Scenario[] => [
  {
    id: "json-sequential",
    label: "JSON POST, sequential",
    unit: "req/s",
    accepts: (candidate) => candidate.json !== undefined,
    warm: warmJson,
    run: (candidate) =>
      rate(settings.sequentialRequests, async () => {
        for (let i = 0; i < settings.sequentialRequests; i++) await candidate.json!();
      }),
  },
  {
    id: "json-concurrent",
    label: `JSON POST, ${settings.concurrency} concurrent`,
    unit: "req/s",
    accepts: (candidate) => candidate.json !== undefined,
    warm: warmJson,
    run: (candidate) =>
      rate(settings.concurrentRequests, async () => {
        let started = 0;
        const worker = async (): Promise<void> => {
          while (started < settings.concurrentRequests) {
            started++;
            await candidate.json!();
          }
        };
        await Promise.all(Array.from({ length: settings.concurrency }, worker));
      }),
  },
  {
    id: "sse",
    label: `SSE, ${settings.sseEvents.toLocaleString("en-US")}-event stream`,
    unit: "events/s",
    accepts: (candidate) => candidate.stream !== undefined,
    warm: (candidate) => candidate.stream!(),
    run: (candidate) =>
      rate(settings.sseEvents * settings.streamsPerSample, async () => {
        for (let i = 0; i < settings.streamsPerSample; i++) {
          const events = await candidate.stream!();
          // A client that drops events would look fast; refuse the sample instead.
          if (events !== settings.sseEvents) {
            throw new Error(`${candidate.name} read ${events} of ${settings.sseEvents} events`);
          }
        }
      }),
  },
];
