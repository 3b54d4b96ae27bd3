import { addSample, mediansOf, type SampleSet } from "../stats/sample-set.js";
import type { Candidate } from "./candidate.js";
import type { Scenario } from "./scenarios.js";

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
 * so drift on a shared machine spreads over all candidates instead of landing on one.
 */
export const runThroughput = async (
  candidates: Candidate[],
  list: Scenario[],
  rounds: number,
  warmupRequests: number,
): Promise<ThroughputResult[]> => {
  for (const candidate of candidates) {
    for (let i = 0; i < warmupRequests; i++) await candidate.json();
    await candidate.stream?.();
  }
  const samples = new Map<string, SampleSet>(list.map((s) => [s.id, {}]));
  for (let round = 0; round < rounds; round++) {
    for (const scenario of list) {
      const bucket = samples.get(scenario.id)!;
      for (const candidate of rotate(candidates, round)) {
        if (!scenario.accepts(candidate)) continue;
        const value = await scenario.run(candidate);
        addSample(bucket, candidate.name, value);
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
};
