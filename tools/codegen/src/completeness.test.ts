import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { referenceUrl } from "./mapping/reference-url.js";
import { collectOperations } from "./model/collect-operations.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const snapshot = JSON.parse(readFileSync(join(here, "../spec/openapi.snapshot.json"), "utf8"));
const index = JSON.parse(readFileSync(join(here, "../operations.json"), "utf8"));
const tsv = join(repo, "../shared/openapi/reference-methods.tsv");

interface Entry {
  operationId: string;
  package: string;
  function: string;
  streaming: { function: string } | null;
  reference: string;
}
const entries: Entry[] = index.operations;

describe("operations.json", () => {
  it("has every operation of the snapshot exactly once (288 of 288)", () => {
    const specIds = collectOperations(snapshot)
      .map((op) => op.operationId)
      .sort();
    const indexIds = entries.map((e) => e.operationId).sort();
    expect(specIds).toHaveLength(288);
    expect(indexIds).toEqual(specIds);
    expect(index.count).toBe(288);
  });

  it("gives every function a name unique across all packages", () => {
    const names = entries.flatMap((e) => [
      e.function,
      ...(e.streaming ? [e.streaming.function] : []),
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it.skipIf(!existsSync(tsv))(
    "links each operation the reference lists to that reference page",
    () => {
      const rows = readFileSync(tsv, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split("\t"));
      const byId = new Map(entries.map((e) => [e.operationId, e.reference]));
      const wrong = rows.filter(([id, , , url]) => byId.get(id!) !== url).map(([id]) => id);
      expect(rows.length).toBeGreaterThan(100);
      expect(wrong).toEqual([]);
    },
  );

  it("builds the other links with the reference's own URL pattern", () => {
    expect(referenceUrl("vector_stores/files/update")).toBe(
      "https://developers.openai.com/api/reference/resources/vector_stores/subresources/files/methods/update",
    );
  });
});

describe("package root exports", () => {
  const packages = [...new Set(entries.map((e) => e.package.replace("@oaikit/", "")))].sort();

  it.each(packages)("@oaikit/%s exports each of its functions from its root entry", async (pkg) => {
    const url = pathToFileURL(join(repo, "packages", pkg, "src/index.ts")).href;
    const mod: Record<string, unknown> = await import(url);
    const expected = entries
      .filter((e) => e.package === `@oaikit/${pkg}`)
      .flatMap((e) => [e.function, ...(e.streaming ? [e.streaming.function] : [])]);
    const missing = expected.filter((fn) => typeof mod[fn] !== "function");
    expect(expected.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe("package /schemas subpaths", () => {
  const packages = [...new Set(entries.map((e) => e.package.replace("@oaikit/", "")))].sort();

  it.each(packages)(
    "@oaikit/%s/schemas evaluates and has a params schema per function",
    async (pkg) => {
      const url = pathToFileURL(join(repo, "packages", pkg, "src/schemas.ts")).href;
      const mod: Record<string, { kind?: unknown }> = await import(url);
      const expected = entries
        .filter((e) => e.package === `@oaikit/${pkg}`)
        .flatMap((e) => [e.function, ...(e.streaming ? [e.streaming.function] : [])])
        .map((fn) => `${fn[0]!.toUpperCase()}${fn.slice(1)}ParamsSchema`);
      const missing = expected.filter((name) => mod[name]?.kind !== "schema");
      expect(missing).toEqual([]);
    },
  );
});
