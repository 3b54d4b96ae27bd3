import type { ColdImportResult } from "../cold-import/measure-cold-import.js";
import { ms, ratio } from "./format.js";
import { table } from "./table.js";

export const renderColdImports = (results: ColdImportResult[]): string => {
  const openai = results.find((result) => result.name === "openai");
  const rows = table(
    `Cold import (fresh node process each, median of ${results[0]?.runs ?? 0})`,
    ["module", "await import()", "spawn to exit", "import vs openai"],
    results.map((result) => [
      result.name,
      ms(result.importMs),
      ms(result.processMs),
      ratio(result.importMs, openai?.importMs),
    ]),
  );
  return `${rows}\n  target (DESIGN.md 7): import <= 1/6 of openai's (0.17x)`;
};
