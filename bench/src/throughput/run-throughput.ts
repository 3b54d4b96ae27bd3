import { addSample, mediansOf, type SampleSet } from "../stats/sample-set.js";
import type { Candidate } from "./candidate.js";
import { scenarios, type ThroughputSettings } from "./scenarios.js";
import { type CandidateWorker, startWorker } from "./start-worker.js";

export interface ThroughputResult {
  scenario: string;
  label: string;
  unit: string;
  /** Median rate per candidate name, and every sample behind it. */
  medians: Record<string, number>;
  samples: SampleSet;
}

const rotate = <T>(items: T[], by: number): T[] => {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
};

/**
 * Runs every scenario for every candidate in interleaved rounds (the order rotates each round),
 * so drift on a shared machine spreads over all candidates instead of landing on one. Each
 * candidate runs in its own process (see candidate-main.ts), one sample at a time.
 */
export const runThroughput = async (
  baseURL: string,
  candidates: Candidate[],
  settings: ThroughputSettings,
  rounds: number,
  warmupRequests: number,
): Promise<ThroughputResult[]> => {
  const list = scenarios(settings);
  const workers = new Map<string, CandidateWorker>();
  try {
    // One at a time, so warm-ups do not compete for the CPU either.
    for (const { name } of candidates) {
      workers.set(name, await startWorker({ baseURL, name, settings, warmupRequests }));
    }
    const samples = new Map<string, SampleSet>(list.map((s) => [s.id, {}]));
    for (let round = 0; round < rounds; round++) {
      for (const scenario of list) {
        const bucket = samples.get(scenario.id)!;
        for (const candidate of rotate(candidates, round)) {
          if (!scenario.accepts(candidate)) continue;
          addSample(bucket, candidate.name, await workers.get(candidate.name)!.run(scenario.id));
        }
      }
    }
    return list.map((scenario) => {
      const bucket = samples.get(scenario.id)!;
      return {
        scenario: scenario.id,
        label: scenario.label,
        unit: scenario.unit,
        medians: mediansOf(bucket),
        samples: bucket,
      };
    });
  } finally {
    for (const worker of workers.values()) worker.stop();
  }
};
