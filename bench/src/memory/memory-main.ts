// Runs one client in its own process (started with --expose-gc) so its RSS is its own.
import { performance } from "node:perf_hooks";
import { loadEventSource } from "./event-sources.js";
import { type MemorySample, sampleMemory } from "./memory-sample.js";

const name = process.env.BENCH_MEMORY_SOURCE ?? "";
const origin = process.env.BENCH_ORIGIN ?? "";
const total = Number(process.env.BENCH_MEMORY_EVENTS);
const every = Number(process.env.BENCH_MEMORY_EVERY);
const warmupEvents = 10_000;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

const drain = async (events: number, onEvent?: (count: number) => void): Promise<number> => {
  const source = await loadEventSource(name);
  let count = 0;
  for await (const _event of source(`${origin}/long/${events}/v1`)) {
    count++;
    onEvent?.(count);
  }
  return count;
};

// A short stream first, so the client's one-off set-up (modules, connection pool) is not
// counted as growth over the long one.
await drain(warmupEvents);
collect();
const start = sampleMemory(0);
const during: MemorySample[] = [];
const began = performance.now();
const events = await drain(total, (count) => {
  if (count % every === 0) during.push(sampleMemory(count));
});
const seconds = (performance.now() - began) / 1000;
collect();
const end = sampleMemory(events);
process.send?.({ name, events, seconds, start, during, end }, () => process.exit(0));
