import { createScratchProject } from "../bundle/scratch-project.js";
import { importTargets } from "../cold-import/import-targets.js";
import { type ColdImportResult, measureColdImports } from "../cold-import/measure-cold-import.js";
import { renderColdImports } from "../report/render-cold-imports.js";
import type { Section } from "./section.js";

export const coldImportSection = async (runs: number): Promise<Section<ColdImportResult[]>> => {
  const scratch = createScratchProject();
  try {
    const results = measureColdImports(await importTargets(scratch.dir), runs);
    return { data: results, text: renderColdImports(results) };
  } finally {
    scratch.remove();
  }
};
