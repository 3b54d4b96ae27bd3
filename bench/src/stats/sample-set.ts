import { median } from "./median.js";

/** Samples keyed by candidate name. */
export type SampleSet = Record<string, number[]>;

export const addSample = (set: SampleSet, name: string, value: number): void => {
  const list = set[name];
  if (list) list.push(value);
  else set[name] = [value];
};

export const mediansOf = (set: SampleSet): Record<string, number> =>
  Object.fromEntries(Object.entries(set).map(([name, values]) => [name, median(values)]));
