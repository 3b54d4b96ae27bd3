import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const codegen = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "oaikit-main-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync("pnpm", ["exec", "tsx", "src/main.ts", ...args], {
    cwd: codegen,
    encoding: "utf8",
  });
}

describe("pnpm generate (src/main.ts)", () => {
  it("exits non-zero naming an operation of a --spec that has no home", () => {
    const spec = join(work, "tiny.yaml");
    writeFileSync(
      spec,
      [
        "openapi: 3.1.0",
        "info: { title: tiny, version: '1' }",
        "paths:",
        "  /gizmos:",
        "    get:",
        "      operationId: listGizmos",
        "      responses: { '200': { description: ok } }",
      ].join("\n"),
    );
    const result = run(["--spec", spec, "--out", join(work, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no home: listGizmos (GET /gizmos)");
  });

  it("rejects an unknown flag with the usage line", () => {
    const result = run(["--nope"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("usage: tsx src/main.ts");
  });
});
