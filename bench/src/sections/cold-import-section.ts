import { importTargets } from "../cold-import/import-targets.js";
import { type ColdImportResult, measureColdImports } from "../cold-import/measure-cold-import.js";
import { renderColdImports } from "../report/render-cold-imports.js";
import type { Section } from "./section.js";

export const coldImportSection = (runs: number): Section<ColdImportResult[]> => {
  const results = measureColdImports(importTargets(), runs);
  return { data: results, text: renderColdImports(results) };
};
