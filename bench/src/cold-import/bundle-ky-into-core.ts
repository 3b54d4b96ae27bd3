import { join } from "node:path";
import { build } from "esbuild";
import { packageDir } from "../paths.js";

/**
 * Rebuilds core's built root entry with ky inlined (one file instead of core + ~30 ky modules),
 * unminified like tsup's output, so the only difference measured is the module count.
 */
export const bundleKyIntoCore = async (outDir: string): Promise<string> => {
  const outfile = join(outDir, "core-ky-bundled.mjs");
  await build({
    entryPoints: [join(packageDir("core"), "dist", "index.js")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    logLevel: "silent",
  });
  return outfile;
};
