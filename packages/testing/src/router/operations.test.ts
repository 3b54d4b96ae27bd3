import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { operations } from "./operations.js";

const table = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../tools/codegen/operations.json",
);

it.skipIf(!existsSync(table))(
  "uses the codegen table's method and route for every emulated operation",
  () => {
    const generated = new Map<string, { method: string; route: string }>(
      JSON.parse(readFileSync(table, "utf8")).operations.map((op: { operationId: string }) => [
        op.operationId,
        op,
      ]),
    );
    const mismatches = operations.filter((op) => {
      const entry = generated.get(op.operationId);
      return entry?.method !== op.method || entry.route !== op.path;
    });
    expect(mismatches).toEqual([]);
  },
);
