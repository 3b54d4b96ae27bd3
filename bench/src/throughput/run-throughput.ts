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
 * time; the processes are replaced every `rounds / blocks` rounds, because one process's JIT
 * choices hold for all its samples: over 25 rounds in single processes, a candidate's ratio to
 * raw fetch moved between runs by up to 0.2x.
 */
export const runThroughput = async (
  baseURL: string,
  candidates: Candidate[],
  settings: ThroughputSettings,
  { rounds, blocks, warmups }: { rounds: number; blocks: number; warmups: number },
): Promise<ThroughputResult[]> => {
  const list = scenarios(settings);
  const results: ThroughputResult[] = [];
  for (const scenario of list) {
    const takers = candidates.filter((candidate) => scenario.accepts(candidate));
    const rates: SampleSet = {};
    const cpu: SampleSet = {};
    for (let block = 0; block < blocks; block++) {
      const workers = new Map<string, CandidateWorker>();
      try {
        // One at a time, so warm-ups do not compete for the CPU either.
        for (const { name } of takers) {
          const init = { baseURL, name, scenario: scenario.id, settings, warmups };
          workers.set(name, await startWorker(init));
        }
        const first = Math.round((block * rounds) / blocks);
        const end = Math.round(((block + 1) * rounds) / blocks);
        for (let round = first; round < end; round++) {
          for (const candidate of rotate(takers, round)) {
            const sample = await workers.get(candidate.name)!.run();
            addSample(rates, candidate.name, sample.rate);
            addSample(cpu, candidate.name, sample.cpuMicros);
          }
        }
      } finally {
        for (const worker of workers.values()) worker.stop();
      }
    }
    results.push({
      scenario: scenario.id,
      label: scenario.label,
      unit: scenario.unit,
      medians: mediansOf(rates),
      samples: rates,
      cpuMicros: cpu,
    });
  }
  return results;
};
