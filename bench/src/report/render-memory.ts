import type { MemoryRun } from "../memory/memory-sample.js";
import { int, ratio } from "./format.js";
import { table } from "./table.js";

const mb = (value: number): string => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;

const peak = (run: MemoryRun, key: "rssMB" | "heapUsedMB"): number =>
  Math.max(run.start[key], ...run.during.map((sample) => sample[key])) - run.start[key];

export const renderMemory = (runs: MemoryRun[], every: number): string => {
  const raw = runs.find((run) => run.name === "raw fetch");
  const rate = (run: MemoryRun): number => run.events / run.seconds;
  const rows = table(
    `Memory over one ${int(runs[0]?.events)}-event stream (fresh process each; MB vs start, sampled every ${int(every)} events)`,
    [
      "client",
      "start RSS",
      "peak RSS",
      "end RSS",
      "start heap",
      "peak heap",
      "end heap",
      "events/s",
      "vs raw",
    ],
    runs.map((run) => [
      run.name,
      run.start.rssMB.toFixed(1),
      mb(peak(run, "rssMB")),
      mb(run.end.rssMB - run.start.rssMB),
      run.start.heapUsedMB.toFixed(1),
      mb(peak(run, "heapUsedMB")),
      mb(run.end.heapUsedMB - run.start.heapUsedMB),
      int(rate(run)),
      ratio(rate(run), raw && rate(raw)),
    ]),
  );
  return [
    rows,
    "  start is after a 10k-event warm-up stream and a full GC; end is after the stream and a full GC",
    "  target (DESIGN.md 7): flat memory on long streams",
  ].join("\n");
};
