import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/schemas.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  treeshake: true,
  // Keep `node:` specifiers: without the prefix Deno and edge bundlers cannot tell built-ins apart.
  removeNodeProtocol: false,
  external: [/^node:/],
});
