import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { renderOperationTable } from "../../scripts/render-operation-table.js";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(at(path), "utf8"));

it("has an operation table in step with tools/codegen (else run `pnpm generate` here)", () => {
  const expected = renderOperationTable({
    table: readJson("../../../../tools/codegen/operations.json"),
    spec: readJson("../../../../tools/codegen/spec/openapi.snapshot.json"),
  });
  expect(readFileSync(at("../generated/operation-table.ts"), "utf8")).toBe(expected);
});
