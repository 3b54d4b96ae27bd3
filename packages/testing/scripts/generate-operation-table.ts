import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderOperationTable } from "./render-operation-table.js";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(at(path), "utf8"));

writeFileSync(
  at("../src/generated/operation-table.ts"),
  renderOperationTable({
    table: readJson("../../../tools/codegen/operations.json"),
    spec: readJson("../../../tools/codegen/spec/openapi.snapshot.json"),
  }),
);
