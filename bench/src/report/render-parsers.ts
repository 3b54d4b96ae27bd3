import type { ParserBenchResult } from "../sse/parser-bench.js";
import { int, ratio } from "./format.js";
import { table } from "./table.js";

export const renderParsers = (results: ParserBenchResult[], names: string[]): string =>
  table(
    "SSE parser alone, same bytes (events/s, median)",
    ["chunking", ...names, ...(names.length > 1 ? [`${names[0]} / ${names[1]}`] : [])],
    results.map((result) => [
      result.chunking,
      ...names.map((name) => int(result.medians[name])),
      ...(names.length > 1 ? [ratio(result.medians[names[0]!], result.medians[names[1]!])] : []),
    ]),
  );
