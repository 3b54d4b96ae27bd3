import { addSample, mediansOf, type SampleSet } from "../stats/sample-set.js";
import type { Candidate } from "./candidate.js";
import { scenarios, type ThroughputSettings } from "./scenarios.js";
import { type CandidateWorker, startWorker } from "./start-worker.js";

export interface ThroughputResult {
  scenario: string;
  label: string;
  unit: string;
  /** Median rate per candidate name, and every rate behind it. */
  medians: Record<string, number>;
  samples: SampleSet;
  /** Client CPU microseconds per operation, per sample, in the same order as `samples`. */
  cpuMicros: SampleSet;
}

const rotate = <T>(items: T[], by: number): T[] => {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
};

/**
 * Runs every scenario for every candidate in interleaved rounds (the order rotates each round),
 * so drift on a shared machine spreads over all candidates instead of landing on one. Each
 * candidate runs each scenario in a process of its own (see candidate-main.ts), one sample at a
 * time.
 */
export const runThroughput = async (
  baseURL: string,
  candidates: Candidate[],
  settings: ThroughputSettings,
  rounds: number,
  warmups: number,
): Promise<ThroughputResult[]> => {
  const list = scenarios(settings);
  const workers = new Map<string, CandidateWorker>();
  try {
    // One at a time, so warm-ups do not compete for the CPU either.
    for (const scenario of list) {
      for (const { name } of candidates.filter((c) => scenario.accepts(c))) {
        const init = { baseURL, name, scenario: scenario.id, settings, warmups };
        workers.set(`${name}/${scenario.id}`, await startWorker(init));
      }
    }
    const samples = new Map<string, SampleSet>(list.map((s) => [s.id, {}]));
    const cpu = new Map<string, SampleSet>(list.map((s) => [s.id, {}]));
    for (let round = 0; round < rounds; round++) {
      for (const scenario of list) {
        const bucket = samples.get(scenario.id)!;
        for (const candidate of rotate(candidates, round)) {
          if (!scenario.accepts(candidate)) continue;
          const sample = await workers.get(`${candidate.name}/${scenario.id}`)!.run();
          addSample(bucket, candidate.name, sample.rate);
          addSample(cpu.get(scenario.id)!, candidate.name, sample.cpuMicros);
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
        cpuMicros: cpu.get(scenario.id)!,
      };
    });
  } finally {
    for (const worker of workers.values()) worker.stop();
  }
};
