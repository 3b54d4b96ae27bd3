import { median } from "./median.js";
import type { SampleSet } from "./sample-set.js";

export interface PairedRatio {
  median: number;
  min: number;
  max: number;
}

/**
 * `a / b` taken round by round (both ran back to back in each round), then the median of those.
 * On a shared machine the speed of a whole round drifts by 20% and more; a ratio of medians
 * mixes rounds, while each paired ratio compares two runs that saw the same conditions.
 */
export const pairedRatio = (set: SampleSet, a: string, b: string): PairedRatio | undefined => {
  const left = set[a];
  const right = set[b];
  if (!left?.length || left.length !== right?.length) return undefined;
  const ratios = left.map((value, i) => value / right[i]!);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
};
