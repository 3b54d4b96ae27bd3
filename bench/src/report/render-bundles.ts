import type { BundleReport } from "../bundle/measure-all.js";
import { int, ratio } from "./format.js";
import { table } from "./table.js";

const breakdown = (byPackage: Record<string, number>): string =>
  Object.entries(byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${int(bytes)}`)
    .join(", ");

export const renderBundles = (report: BundleReport): string => {
  const openai = report.sizes.find((size) => size.id === "openai-request");
  const rows = report.sizes.map((size) => [
    size.label,
    int(size.minBytes),
    int(size.gzipBytes),
    ratio(size.gzipBytes, openai?.gzipBytes),
    size.lazyGzipBytes ? int(size.lazyGzipBytes) : "-",
    breakdown(size.byPackage),
  ]);
  const skipped = report.skipped.map((skip) => `  skipped ${skip.id}: ${skip.reason}`);
  return [
    table(
      "Bundle bytes loaded up front (esbuild minified ESM, browser, tree-shaken, split at import(); gzip -9)",
      ["entry", "min B", "gzip B", "gz vs openai", "lazy gzip B", "min B by package"],
      rows,
      [5],
    ),
    ...skipped,
    "  target (DESIGN.md 7): <= 1/7 of openai's bundle per call (0.14x)",
  ].join("\n");
};
