import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesetVersion, replaceChangesets } from "./changeset-version.js";
import { type Manifest, publishedRange, readManifests } from "./manifests.js";
import { copyWorkspace, type ScratchWorkspace } from "./scratch-workspace.js";

const CORE = "@oaikit/core";

// A minor core release, versioned on a scratch copy exactly as a release would be.
describe("a minor release of @oaikit/core", () => {
  let scratch: ScratchWorkspace;
  let before: Map<string, Manifest>;
  let after: Map<string, Manifest>;

  beforeAll(async () => {
    scratch = copyWorkspace({ withDist: false });
    before = readManifests(scratch.dir);
    replaceChangesets(scratch.dir, {
      "core-minor.md": `---\n"${CORE}": minor\n---\n\nA new core feature.\n`,
    });
    await changesetVersion(scratch.dir);
    after = readManifests(scratch.dir);
  });
  afterAll(() => scratch?.remove());

  it("bumps core's minor version", () => {
    const old = before.get(CORE)!.version;
    expect(after.get(CORE)!.version).toBe(semver.inc(old, "minor"));
  });

  it("releases no other package: each still accepts the new core", () => {
    const bumped = [...after.values()]
      .filter((m) => m.name !== CORE && m.version !== before.get(m.name)?.version)
      .map((m) => `${m.name} ${before.get(m.name)?.version} -> ${m.version}`);
    expect(bumped).toEqual([]);
  });

  it("leaves every package's published core range open to both the old and the new core", () => {
    const oldCore = before.get(CORE)!.version;
    const newCore = after.get(CORE)!.version;
    const closed: string[] = [];
    for (const manifest of after.values()) {
      for (const field of ["dependencies", "peerDependencies"] as const) {
        const range = manifest[field]?.[CORE];
        if (!range) continue;
        const published = publishedRange(range, newCore);
        for (const version of [oldCore, newCore]) {
          if (!semver.satisfies(version, published)) {
            closed.push(`${manifest.name} ${field} "${published}" excludes core ${version}`);
          }
        }
      }
    }
    expect(closed).toEqual([]);
  });

  it("never lets a package bring its own copy of core (a peer cannot be nested)", () => {
    const ownCopies = [...after.values()]
      .filter((m) => m.dependencies?.[CORE])
      .map((m) => `${m.name} depends on ${CORE}@${m.dependencies![CORE]}`);
    expect(ownCopies).toEqual([]);
    const users = [...after.values()].filter((m) => m.peerDependencies?.[CORE]);
    expect(users.length).toBeGreaterThan(20);
  });
});
