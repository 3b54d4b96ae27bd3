import type { ThroughputResult } from "../throughput/run-throughput.js";
import { int, ratio } from "./format.js";
import { table } from "./table.js";

// Pairs worth a column: ours against the floor and the incumbent, and how much of ours is ky.
const ratios: [string, string, string][] = [
  ["core/raw", "oaikit core", "raw fetch"],
  ["core/openai", "oaikit core", "openai"],
  ["openai/raw", "openai", "raw fetch"],
  ["ky/raw", "ky alone", "raw fetch"],
];

export const renderThroughput = (
  results: ThroughputResult[],
  names: string[],
  rounds: number,
): string => {
  const rows = table(
    `Throughput against one local keep-alive server (median of ${rounds} interleaved rounds)`,
    ["scenario", "unit", ...names, ...ratios.map(([title]) => title)],
    results.map((result) => [
      result.label,
      result.unit,
      ...names.map((name) => int(result.medians[name])),
      ...ratios.map(([, a, b]) => ratio(result.medians[a], result.medians[b])),
    ]),
  );
  return `${rows}\n  target (DESIGN.md 7): core >= 0.9x raw fetch on req/s and events/s`;
};
