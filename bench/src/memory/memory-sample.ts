/** Process memory at one point of the stream, in MB. */
export interface MemorySample {
  events: number;
  rssMB: number;
  heapUsedMB: number;
}

const mb = (bytes: number): number => bytes / 1_048_576;

export const sampleMemory = (events: number): MemorySample => {
  const usage = process.memoryUsage();
  return { events, rssMB: mb(usage.rss), heapUsedMB: mb(usage.heapUsed) };
};

/** What the child reports back to the parent. */
export interface MemoryRun {
  name: string;
  events: number;
  seconds: number;
  start: MemorySample;
  during: MemorySample[];
  /** After the stream ended and a full GC ran. */
  end: MemorySample;
}
