import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

// A CI check: what a browser or edge bundler makes of the whole package.
describe("@oaikit/realtime in a browser bundle", () => {
  it("holds no Node built-in and nothing of the `ws` package", async () => {
    const result = await build({
      stdin: {
        contents: `export * from "./src/index.ts";`,
        resolveDir: root,
        sourcefile: "browser-entry.ts",
        loader: "ts",
      },
      absWorkingDir: root,
      bundle: true,
      format: "esm",
      // A Node built-in imported anywhere fails the build on this platform.
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("src/connection/connect-realtime.ts"))).toBe(true);
    expect(
      inputs.filter((path) =>
        /(^|\/)node_modules\/(\.pnpm\/ws@[^/]+\/node_modules\/)?ws\//.test(path),
      ),
    ).toEqual([]);
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
    expect(
      imports.filter((entry) => entry.path === "ws" || entry.path.startsWith("node:")),
    ).toEqual([]);
    const text = result.outputFiles.map((file) => file.text).join("\n");
    expect(text).not.toMatch(
      /from\s*["']ws["']|require\(\s*["']ws["']\s*\)|import\(\s*["']ws["']\s*\)/,
    );
  });
});
