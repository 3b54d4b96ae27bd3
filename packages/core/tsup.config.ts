import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  treeshake: true,
  // Keep `node:` specifiers: without the prefix Deno and edge bundlers cannot tell built-ins apart.
  removeNodeProtocol: false,
  external: [/^node:/],
  // ky ships as ~25 ESM files: inlined, it is one chunk of ours, loaded by the import() in
  // send-attempt.ts the first time a client with hooks calls, and its version is the one tested
  // here. eventsource-parser is one small file, inlined so core's entry is one module. Their MIT
  // licenses travel with the code.
  noExternal: ["ky", "eventsource-parser"],
  onSuccess:
    "cp node_modules/ky/license dist/ky.LICENSE && cp node_modules/eventsource-parser/LICENSE dist/eventsource-parser.LICENSE",
});
