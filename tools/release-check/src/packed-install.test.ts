import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFailure, runCommand } from "../../../test-support/runtimes/run-command.js";
import { changesetVersion } from "./changeset-version.js";
import { type Manifest, readManifests } from "./manifests.js";
import { packPackages } from "./pack-packages.js";
import { repoRoot } from "./paths.js";
import { copyWorkspace, type ScratchWorkspace } from "./scratch-workspace.js";

/** What the app installs itself; the rest of @oaikit comes in as their dependencies. */
const direct = ["@oaikit/core", "@oaikit/responses", "@oaikit/testing"];
const fixture = join(repoRoot, "tools/release-check/fixture-app");

const run = async (command: string, args: string[], cwd: string) => {
  const result = await runCommand(command, args, { cwd, timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(describeFailure(`${command} ${args.join(" ")}`, result));
  return result.stdout;
};

// The release as it would be published: pending changesets applied, every package packed, and
// the tarballs installed with plain npm into an app outside the workspace (no links to it).
describe("the packed packages, installed with npm into a new app", () => {
  let scratch: ScratchWorkspace;
  let app: string;
  let manifests: Map<string, Manifest>;
  let tarballs: Map<string, string>;

  beforeAll(async () => {
    scratch = copyWorkspace({ withDist: true });
    await changesetVersion(scratch.dir);
    manifests = readManifests(scratch.dir);
    tarballs = await packPackages(manifests.values(), join(scratch.dir, "tarballs"));
    app = mkdtempSync(join(tmpdir(), "oaikit-app-"));
    cpSync(fixture, app, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
    const spec = (name: string) => `file:${tarballs.get(name)}`;
    manifest.dependencies = Object.fromEntries(direct.map((name) => [name, spec(name)]));
    // Dependencies between our packages resolve to these tarballs, never to the registry.
    manifest.overrides = Object.fromEntries(
      [...tarballs.keys()]
        .filter((name) => !direct.includes(name))
        .map((name) => [name, spec(name)]),
    );
    writeFileSync(join(app, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
      app,
    );
  });
  afterAll(() => {
    scratch?.remove();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it("installs one copy of core, the app's own", () => {
    const copies = execFileSync("find", ["node_modules", "-path", "*/@oaikit/core/package.json"], {
      cwd: app,
      encoding: "utf8",
    })
      .trim()
      .split("\n");
    expect(copies).toEqual(["node_modules/@oaikit/core/package.json"]);
  });

  it("ships each package with its LICENSE, README and registry fields", () => {
    for (const name of direct) {
      const dir = join(app, "node_modules", name);
      expect(readFileSync(join(dir, "LICENSE"), "utf8")).toMatch(/^MIT License/);
      expect(readFileSync(join(dir, "README.md"), "utf8")).toContain(name);
      const published = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      expect(published.version).toBe(manifests.get(name)!.version);
      expect(JSON.stringify(published)).not.toContain("workspace:");
      expect(published.repository.directory).toMatch(/^packages\//);
    }
  });

  it("typechecks and compiles a call with tsc strict under moduleResolution nodenext", async () => {
    await run(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.nodenext.json"], app);
  });

  it("typechecks the same call under moduleResolution bundler", async () => {
    await run(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.bundler.json"], app);
  });

  it("runs the call against the emulator from the packed @oaikit/testing", async () => {
    // The nodenext check above compiled it to out/.
    if (!existsSync(join(app, "out/call.js"))) {
      await run(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.nodenext.json"], app);
    }
    const output = await run(process.execPath, ["out/call.js"], app);
    expect(JSON.parse(output)).toEqual({
      object: "response",
      status: "completed",
      requestId: "req_",
      missing: "NotFoundError 404",
    });
  });
});
