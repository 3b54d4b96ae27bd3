import { allEntries } from "../bundle/entries.js";
import { measureBundles } from "../bundle/measure-all.js";
import type { BundleSize } from "../bundle/measure-bundle.js";
import { renderBundles } from "../report/render-bundles.js";
import type { Section } from "./section.js";

type SizeRecord = Omit<BundleSize, "text">;

export const bundleSection = async (): Promise<
  Section<{ sizes: SizeRecord[]; skipped: { id: string; reason: string }[] }>
> => {
  const report = await measureBundles(allEntries);
  return {
    data: { sizes: report.sizes.map(({ text: _text, ...size }) => size), skipped: report.skipped },
    text: renderBundles(report),
  };
};
