import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import type { BundleEntry } from "./entries.js";
import type { ScratchProject } from "./scratch-project.js";

export interface BundleSize {
  id: string;
  label: string;
  minBytes: number;
  gzipBytes: number;
  /** Minified bytes each package contributes (before gzip). */
  byPackage: Record<string, number>;
  /** The minified bundle, for content checks (tree-shaking). */
  text: string;
}

// Paths in the metafile run through pnpm's store (.../node_modules/.pnpm/x@1/node_modules/x/...),
// or, for workspace packages, through packages/<folder>/.
const packageOf = (path: string): string => {
  const nm = path.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const parts = path.slice(nm + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  return workspace ? `@oaikit/${workspace[1]}` : "(entry)";
};

const sumByPackage = (metafile: Metafile): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      totals[name] = (totals[name] ?? 0) + input.bytesInOutput;
    }
  }
  return totals;
};

/** Bundles one entry the way a browser app would ship it: minified ESM, tree-shaken, gzip -9. */
export const measureBundle = async (
  project: ScratchProject,
  entry: BundleEntry,
): Promise<BundleSize> => {
  const entryFile = project.writeEntry(`entries/${entry.id}.js`, entry.code);
  const result = await build({
    entryPoints: [entryFile],
    absWorkingDir: project.dir,
    outfile: `${project.dir}/out/${entry.id}.js`,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${entry.id}`);
  return {
    id: entry.id,
    label: entry.label,
    minBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    byPackage: sumByPackage(result.metafile),
    text: output.text,
  };
};
