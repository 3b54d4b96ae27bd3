import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import {
  handlerFiles,
  renderOperationIndex,
  withOperationIndex,
} from "../../scripts/operation-index.js";
import { operationTable } from "../generated/operation-table.js";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

it("finds each operation's handler in exactly one family file", () => {
  const where = handlerFiles(packageDir);
  const counts = operationTable.map((op) => [op.function, where.get(op.function)?.length ?? 0]);
  expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
});

it("has the operation index in the README (else run `pnpm generate`)", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  expect(withOperationIndex(readme, renderOperationIndex(packageDir))).toBe(readme);
});
