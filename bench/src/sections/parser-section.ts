import type { LoadedCore } from "../load-core.js";
import { renderParsers } from "../report/render-parsers.js";
import type { BenchSettings } from "../settings.js";
import { benchParsers, type ParserBenchResult } from "../sse/parser-bench.js";
import { coreParser, eventsourceParser, type ParserUnderTest } from "../sse/parsers.js";
import type { Section } from "./section.js";

export const parserSection = (
  core: LoadedCore | undefined,
  settings: BenchSettings["parser"],
): Section<ParserBenchResult[]> => {
  const parsers: ParserUnderTest[] = [
    ...(core?.createSSEParser ? [coreParser(core.createSSEParser)] : []),
    eventsourceParser,
  ];
  const results = benchParsers(parsers, settings.events, settings.rounds, settings.repeats);
  return {
    data: results,
    text: renderParsers(
      results,
      parsers.map((parser) => parser.name),
    ),
  };
};
