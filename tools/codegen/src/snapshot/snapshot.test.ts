import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KNOWN_SOURCE } from "./source.js";
import { snapshotSource } from "./write-snapshot.js";

const snapshotPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../spec/openapi.snapshot.json",
);
const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8"));

/** Maps whose keys are names (a property may be called "description"), not schema keywords. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "paths",
  "schemas",
  "webhooks",
  "responses",
  "parameters",
  "requestBodies",
  "securitySchemes",
  "content",
  "encoding",
  "headers",
  "mapping",
  "$defs",
  "definitions",
]);
const PROSE = new Set(["description", "summary", "example", "examples", "title", "x-oaiMeta"]);

function proseKeys(value: unknown, path: string, keysAreNames: boolean, found: string[]): string[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) proseKeys(item, `${path}/${i}`, false, found);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (!keysAreNames && PROSE.has(key)) found.push(`${path}/${key}`);
      proseKeys(child, `${path}/${key}`, !keysAreNames && NAME_MAPS.has(key), found);
    }
  }
  return found;
}

describe("the committed snapshot", () => {
  it("keeps no description, summary, example or title keyword outside name maps", () => {
    expect(proseKeys(snapshot, "#", false, [])).toEqual([]);
  });

  it("still has properties that are called description or title (names are not prose)", () => {
    const props = snapshot.components.schemas.OpenAIFile?.properties ?? {};
    const anyNamedDescription = Object.values<any>(snapshot.components.schemas).some(
      (s) => s?.properties && "description" in s.properties,
    );
    expect(Object.keys(props)).toContain("filename");
    expect(anyNamedDescription).toBe(true);
  });

  it("records the pinned source repository, commit and sha256", () => {
    expect(snapshot["x-oaikit-source"]).toEqual(KNOWN_SOURCE);
  });

  it("lists streaming event groups by component schema names that exist", () => {
    const groups: Array<{ id: string; events: string[] }> = snapshot["x-oaikit-event-groups"];
    const missing = groups.flatMap((g) =>
      g.events.filter((e) => !(e in snapshot.components.schemas)),
    );
    expect(groups.map((g) => g.id)).toContain("responses-streaming");
    expect(missing).toEqual([]);
  });
});

describe("snapshotSource", () => {
  const other = Buffer.from("openapi: 3.1.0\n");
  // sha256 of the 15 bytes above (`printf 'openapi: 3.1.0\n' | sha256sum`).
  const otherSha = "f39db8e8ede3dc2457c613e2a304e6d478f6e5ec660e4746464f41e76ac77006";

  it("records an explicit spec's own sha256 and an unknown commit", () => {
    expect(snapshotSource(other, { path: "x.yaml", explicit: true })).toEqual({
      repository: KNOWN_SOURCE.repository,
      commit: "unknown",
      sha256: otherSha,
    });
  });

  it("records the commit given with --commit", () => {
    expect(snapshotSource(other, { path: "x.yaml", explicit: true, commit: "abc123" }).commit).toBe(
      "abc123",
    );
  });

  it("refuses a default spec whose bytes are not the pinned ones, naming the fix", () => {
    expect(() => snapshotSource(other, { path: "shared.yaml", explicit: false })).toThrow(
      /--spec PATH/,
    );
  });
});
