import { pairedRatio } from "../stats/paired-ratio.js";
import type { SampleSet } from "../stats/sample-set.js";
import type { ThroughputResult } from "../throughput/run-throughput.js";
import { int } from "./format.js";
import { table } from "./table.js";

// Pairs worth a row: ours against the floors and the incumbent, and how much of ours is ky.
const ratios: [string, string, string][] = [
  ["core / raw fetch", "oaikit core", "raw fetch"],
  ["core forEach / raw fetch", "core forEach", "raw fetch"],
  ["core / raw + for await", "oaikit core", "raw + for await"],
  ["core / openai", "oaikit core", "openai"],
  ["finalResponse / raw fetch", "responses finalResponse", "raw fetch"],
  ["finalResponse / openai's", "responses finalResponse", "openai finalResponse"],
  ["textStream / raw fetch", "responses textStream", "raw fetch"],
  ["openai / raw fetch", "openai", "raw fetch"],
  ["ky / raw fetch", "ky alone", "raw fetch"],
];

/** "0.93x (0.85-1.02)": the median of the per-round ratios and their range. */
const showRatio = (set: SampleSet, a: string, b: string): string => {
  const paired = pairedRatio(set, a, b);
  return paired
    ? `${paired.median.toFixed(2)}x (${paired.min.toFixed(2)}-${paired.max.toFixed(2)})`
    : "-";
};

export const renderThroughput = (
  results: ThroughputResult[],
  names: string[],
  rounds: number,
): string => {
  const rates = table(
    `Throughput against one local keep-alive server (median of ${rounds} interleaved rounds)`,
    ["scenario", "unit", ...names],
    results.map((result) => [
      result.label,
      result.unit,
      ...names.map((name) => int(result.medians[name])),
    ]),
  );
  /** One row per ratio, one column per scenario; `ratioOf` reads a result's samples. */
  const ratioTable = (
    title: string,
    ratioOf: (result: ThroughputResult, a: string, b: string) => string,
  ): string =>
    table(
      title,
      ["ratio", ...results.map((result) => result.label)],
      ratios.map(([name, a, b]) => [name, ...results.map((result) => ratioOf(result, a, b))]),
    );
  const shares = ratioTable(
    "Ratios: median of each round's ratio (the two ran back to back), with their range",
    (result, a, b) => showRatio(result.samples, a, b),
  );
  // Inverted (b over a), so that like the rates above, higher is better for the first-named.
  const cpu = ratioTable(
    "Client CPU per operation, as the same ratios (b's CPU / a's CPU: higher is better for a)",
    (result, a, b) => showRatio(result.cpuMicros, b, a),
  );
  return [
    rates,
    "",
    shares,
    "",
    cpu,
    "  target (DESIGN.md 7): core >= 0.9x raw fetch on req/s and events/s. `for await` pays a",
    "  promise and a microtask per event that raw fetch's plain loop does not: compare it with",
    "  raw + for await; Stream.forEach takes events the way raw fetch does.",
  ].join("\n");
};
