import { isBuilt } from "../paths.js";
import type { BundleEntry } from "./entries.js";
import { type BundleSize, measureBundle } from "./measure-bundle.js";
import { createScratchProject } from "./scratch-project.js";

export interface BundleReport {
  sizes: BundleSize[];
  /** Entries left out, with why. */
  skipped: { id: string; reason: string }[];
}

/** Measures every entry whose workspace packages are built; the others are listed as skipped. */
export const measureBundles = async (entries: BundleEntry[]): Promise<BundleReport> => {
  const project = createScratchProject();
  const report: BundleReport = { sizes: [], skipped: [] };
  try {
    for (const entry of entries) {
      const missing = entry.needs.filter((name) => !isBuilt(name));
      if (missing.length > 0) {
        report.skipped.push({ id: entry.id, reason: `not built: packages/${missing.join(", ")}` });
        continue;
      }
      report.sizes.push(await measureBundle(project, entry));
    }
  } finally {
    project.remove();
  }
  return report;
};
