import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

/** Value imports of a module (type-only imports vanish at build time). */
const valueImports = (file: string): string[] =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms,
    ),
  ].map((match) => match[1]!);

/** Every module the file reaches through value imports, and the bare specifiers it uses. */
const graph = (entry: string) => {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else external.add(specifier);
    }
  };
  visit(entry);
  return { modules: seen, external };
};

it("keeps node:*, ws and Node globals out of everything the root entry imports", () => {
  const { modules, external } = graph(join(here, "index.ts"));
  expect(modules.size).toBeGreaterThan(20);
  // The resource packages' `/schemas` subpaths hold valibot schemas only.
  const schemas = [...external].filter((name) => /^@oaikit\/[\w-]+\/schemas$/.test(name));
  expect(schemas.length).toBeGreaterThan(20);
  // @oaikit/webhooks' root entry signs with Web Crypto only (its runtime-neutral test checks).
  expect([...external].filter((name) => !schemas.includes(name)).sort()).toEqual([
    "@oaikit/webhooks",
    "valibot",
  ]);
  const nodeGlobals = [...modules].filter((file) =>
    /(?<![-\w.])(?:Buffer\.|process\.|require\()/.test(
      readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
    ),
  );
  expect(nodeGlobals).toEqual([]);
});

it("puts the HTTP server behind the node entry", () => {
  const { external } = graph(join(here, "node.ts"));
  expect(external).toContain("node:http");
});
