import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const entries = join(packageDir, "src/entries");
export const bundleDir = join(packageDir, "dist");

export interface Bundles {
  /** For Node, Bun and Deno: `@oaikit/*` stay imports, resolved from node_modules by each runtime. */
  cli: string;
  /** For workerd: one self-contained module. */
  worker: string;
  /** For Chromium: a directory with index.html and page.js. */
  pageDir: string;
}

let built: Promise<Bundles> | undefined;

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>oaikit smoke</title></head>
<body><script type="module" src="./page.js"></script></body></html>
`;

/** Bundles the smoke suite once per process with esbuild, for each kind of runtime. */
export const buildBundles = (): Promise<Bundles> => {
  built ??= (async () => {
    const common = { bundle: true, format: "esm", target: "es2022", logLevel: "warning" } as const;
    const pageDir = join(bundleDir, "page");
    await mkdir(pageDir, { recursive: true });
    await Promise.all([
      build({
        ...common,
        entryPoints: [join(entries, "cli-entry.ts")],
        outfile: join(bundleDir, "smoke-cli.js"),
        platform: "neutral",
        external: ["@oaikit/*"],
      }),
      build({
        ...common,
        entryPoints: [join(entries, "worker-entry.ts")],
        outfile: join(bundleDir, "smoke-worker.js"),
        platform: "neutral",
        conditions: ["workerd", "worker", "browser"],
      }),
      build({
        ...common,
        entryPoints: [join(entries, "page-entry.ts")],
        outfile: join(pageDir, "page.js"),
        platform: "browser",
      }),
      writeFile(join(pageDir, "index.html"), page),
    ]);
    return {
      cli: join(bundleDir, "smoke-cli.js"),
      worker: join(bundleDir, "smoke-worker.js"),
      pageDir,
    };
  })();
  return built;
};
