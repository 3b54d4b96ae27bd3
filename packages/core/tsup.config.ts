import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/hooks.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  treeshake: true,
  // Keep `node:` specifiers: without the prefix Deno and edge bundlers cannot tell built-ins apart.
  removeNodeProtocol: false,
  // ky is a dependency, imported as published (apps dedupe it and get its fixes), and only by
  // the hooks entry. eventsource-parser is one small file, inlined: as a dependency it weighed
  // the same in app bundles (+3 B gzip) but made a cold `import("@oaikit/core")` on Node 20
  // 6-9 ms slower (median of 30 fresh processes, bench/src/cold-import), for resolving one more
  // package. Its MIT license travels with the code.
  external: [/^node:/, "ky"],
  noExternal: ["eventsource-parser"],
  onSuccess: "cp node_modules/eventsource-parser/LICENSE dist/eventsource-parser.LICENSE",
});
