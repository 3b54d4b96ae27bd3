import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/cli.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: { entry: ["src/index.ts", "src/node.ts"], compilerOptions: { ignoreDeprecations: "6.0" } },
  // Deno and edge bundlers need the `node:` prefix to tell built-ins from packages.
  removeNodeProtocol: false,
  external: [/^node:/],
  clean: true,
  treeshake: true,
});
