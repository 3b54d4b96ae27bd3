import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** The imports an entry pulls in that are Node built-ins, when bundled for a given platform. */
const nodeBuiltins = async (file: string, platform: "browser" | "neutral") => {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: "esm",
    platform,
    // Resolve packages the way a bundler for workers and browsers does.
    mainFields: ["module", "main"],
    conditions: ["worker", "browser"],
    // Left external so the check sees them rather than esbuild failing on them.
    external: ["node:*"],
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(result.metafile.inputs)
    .flatMap((input) => input.imports)
    .map((imported) => imported.path)
    .filter((path) => path.startsWith("node:"));
};

describe("what edge and browser bundles get", () => {
  for (const platform of ["browser", "neutral"] as const) {
    it(`the root entry imports no Node built-in (${platform})`, async () => {
      expect(await nodeBuiltins(entry("index.ts"), platform)).toEqual([]);
    });
  }

  it("the Node-only subpath is where node: imports live (so the check above can fail)", async () => {
    expect(await nodeBuiltins(entry("node.ts"), "neutral")).toContain("node:stream");
  });
});
