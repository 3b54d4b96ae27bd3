import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { README_END, README_START } from "./emit/readme-section.js";

// Reads the files as committed, so a README or schemas subpath that drifted from operations.json
// (a hand edit, a half-finished regeneration) fails here rather than in a user's bundle.
const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = join(here, "../../../packages");
const index = JSON.parse(readFileSync(join(here, "../operations.json"), "utf8"));

interface Entry {
  package: string;
  function: string;
  method: string;
  path: string;
  streaming: { function: string } | null;
  reference: string;
}
const entries: Entry[] = index.operations;

interface Row {
  fn: string;
  link: string;
  route: string;
  notes: string;
}

/** The rows of the operations table between the README's markers. */
function operationRows(readme: string): Row[] {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) return [];
  const rows: Row[] = [];
  for (const line of readme.slice(start, end).split("\n")) {
    const match = /^\| \[`([^`]+)`\]\(([^)]+)\) \| `([^`]+)` \|(.*)\|$/.exec(line);
    if (match) rows.push({ fn: match[1]!, link: match[2]!, route: match[3]!, notes: match[4]! });
  }
  return rows;
}

/** Names re-exported by a module's `export { ... } from "<source>"` statements, per source. */
function reExports(module: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of module.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const name of match[1]!.split(",")) {
      const trimmed = name.trim();
      if (trimmed) names.set(trimmed, match[2]!);
    }
  }
  return names;
}

function paramsSchemaName(fn: string): string {
  return `${fn[0]!.toUpperCase()}${fn.slice(1)}ParamsSchema`;
}

const byPackage = new Map<string, Entry[]>();
for (const entry of entries) {
  const dir = entry.package.replace(/^@oaikit\//, "");
  byPackage.set(dir, [...(byPackage.get(dir) ?? []), entry]);
}
const packages = [...byPackage.keys()].sort();

describe("package READMEs and schemas subpaths against operations.json", () => {
  it("covers all 288 operations across the packages", () => {
    const total = packages.reduce((sum, dir) => sum + byPackage.get(dir)!.length, 0);
    expect(total).toBe(288);
    expect(packages.length).toBeGreaterThan(20);
  });

  it.each(packages)(
    "%s README lists each of its functions with route, reference link and stream twin",
    (dir) => {
      const rows = operationRows(readFileSync(join(packagesDir, dir, "README.md"), "utf8"));
      const rowByFn = new Map(rows.map((row) => [row.fn, row]));
      const problems: string[] = [];
      for (const entry of byPackage.get(dir)!) {
        const row = rowByFn.get(entry.function);
        if (!row) {
          problems.push(`${entry.function}: no row`);
          continue;
        }
        if (row.route !== `${entry.method} ${entry.path}`)
          problems.push(`${entry.function}: route ${row.route}`);
        if (row.link !== entry.reference) problems.push(`${entry.function}: link ${row.link}`);
        if (entry.streaming && !row.notes.includes(`\`${entry.streaming.function}\``))
          problems.push(`${entry.function}: stream twin ${entry.streaming.function} not noted`);
      }
      expect(problems).toEqual([]);
      // No stale rows either: the table lists exactly this package's functions.
      expect(rows.map((row) => row.fn).sort()).toEqual(
        byPackage
          .get(dir)!
          .map((entry) => entry.function)
          .sort(),
      );
    },
  );

  it.each(packages)(
    "%s/schemas exports a <Function>ParamsSchema for each function and stream twin",
    (dir) => {
      const src = join(packagesDir, dir, "src");
      const subpath = readFileSync(join(src, "schemas.ts"), "utf8");
      expect(subpath).toMatch(/^export \* from "\.\/generated\/schemas-exports\.js";$/m);
      const exported = reExports(readFileSync(join(src, "generated/schemas-exports.ts"), "utf8"));
      const declared = readFileSync(join(src, "generated/request-schemas.ts"), "utf8");
      const missing: string[] = [];
      for (const entry of byPackage.get(dir)!) {
        const fns = [entry.function, ...(entry.streaming ? [entry.streaming.function] : [])];
        for (const name of fns.map(paramsSchemaName)) {
          const declaredHere = new RegExp(`^export const ${name}\\b`, "m").test(declared);
          if (exported.get(name) !== "./request-schemas.js" || !declaredHere) missing.push(name);
        }
      }
      expect(missing).toEqual([]);
    },
  );
});
