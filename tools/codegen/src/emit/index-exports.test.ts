import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { SNAPSHOT_PATH } from "../generate.js";
import { buildModels, DEFAULT_MAPPING } from "../model/build-models.js";
import { planPackages } from "./plan-packages.js";

const repo = fileURLToPath(new URL("../../../..", import.meta.url));
const doc = JSON.parse(readFileSync(join(repo, SNAPSHOT_PATH), "utf8"));
const { files } = planPackages(doc, DEFAULT_MAPPING.rules, buildModels(doc), "test");
const file = (pkg: string, name: string) =>
  files.find((f) => f.path === `packages/${pkg}/src/generated/${name}`)?.content ?? "";
const exported = (pkg: string) => new Set(file(pkg, "index-exports.ts").match(/\b\w+\b/g));

it("exports a body a function takes as it is under the function's params name only", () => {
  const names = exported("vector-stores");
  expect(names.has("CreateVectorStoreParams")).toBe(true);
  expect(names.has("CreateVectorStoreRequest")).toBe(false);
  // Taken with a path field beside it, the body is more than the params' other name.
  expect(names.has("CreateVectorStoreFileRequest")).toBe(true);
  expect(file("vector-stores", "types.ts")).toMatch(/^export interface CreateVectorStoreRequest /m);
});

it("leaves no package exporting one type under two names", () => {
  let aliases = 0;
  for (const rule of DEFAULT_MAPPING.rules) {
    const names = exported(rule.name);
    for (const [, alias] of file(rule.name, "params.ts").matchAll(
      /^export type \w+Params = (\w+);$/gm,
    )) {
      aliases++;
      expect(names.has(alias!), `${rule.name} exports ${alias}`).toBe(false);
    }
  }
  expect(aliases).toBeGreaterThan(20);
});
