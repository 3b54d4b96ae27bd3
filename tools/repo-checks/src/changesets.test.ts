import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, expect, it } from "vitest";
import { publishablePackages, repoRoot } from "./workspace.js";

const scratch = mkdtempSync(join(tmpdir(), "oaikit-changesets-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function version(dir: string, name: string): string {
  const short = name.replace("@oaikit/", "");
  return JSON.parse(readFileSync(join(dir, "packages", short, "package.json"), "utf8")).version;
}

it("`changeset version` bumps packages independently on a scratch copy", () => {
  // A copy of what changesets reads (the workspace and every package manifest), so the real
  // repo is never touched.
  const manifests = [
    "package.json",
    "pnpm-workspace.yaml",
    ".changeset/config.json",
    ...publishablePackages().map((p) => relative(repoRoot, join(p.dir, "package.json"))),
  ];
  execFileSync("cp", ["--parents", "-t", scratch, ...manifests], { cwd: repoRoot });
  const dependents = publishablePackages()
    .filter((p) => p.json.dependencies?.["@oaikit/core"])
    .map((p) => p.json.name as string);
  const untouched = publishablePackages().find(
    (p) => p.json.name !== "@oaikit/core" && !p.json.dependencies?.["@oaikit/core"],
  );
  const before = Object.fromEntries(
    publishablePackages().map((p) => [p.json.name, p.json.version]),
  );
  writeFileSync(
    join(scratch, ".changeset/scratch-core.md"),
    '---\n"@oaikit/core": minor\n---\n\nScratch bump.\n',
  );
  execFileSync(join(repoRoot, "node_modules/.bin/changeset"), ["version"], {
    cwd: scratch,
    stdio: "pipe",
  });

  const [major, minor] = before["@oaikit/core"]!.split(".").map(Number);
  expect(version(scratch, "@oaikit/core")).toBe(`${major}.${(minor ?? 0) + 1}.0`);
  for (const name of dependents) {
    const [a, b, c] = before[name]!.split(".").map(Number);
    expect(version(scratch, name), name).toBe(`${a}.${b}.${(c ?? 0) + 1}`);
  }
  if (untouched) {
    expect(version(scratch, untouched.json.name)).toBe(before[untouched.json.name]);
  }
  const changelog = readFileSync(join(scratch, "packages/core/CHANGELOG.md"), "utf8");
  expect(changelog).toContain("Scratch bump.");
});
