import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { benchDir, packageDir, repoRoot } from "../paths.js";

/** A throw-away directory whose node_modules links every package an entry may import. */
export interface ScratchProject {
  dir: string;
  /** Writes `code` as an entry file and returns its path. */
  writeEntry(name: string, code: string): string;
  remove(): void;
}

// ky is core's dependency, not the bench's; the reference bundle takes the very copy core uses.
// valibot and its JSON Schema converter are what an app brings to structured outputs and tools.
const thirdParty: Record<string, string> = {
  openai: join(benchDir, "node_modules", "openai"),
  valibot: join(benchDir, "node_modules", "valibot"),
  "@valibot/to-json-schema": join(benchDir, "node_modules", "@valibot", "to-json-schema"),
  ky: join(packageDir("core"), "node_modules", "ky"),
};

const workspacePackages = (): Record<string, string> => {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(join(repoRoot, "packages"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      const manifest = JSON.parse(
        readFileSync(join(packageDir(entry.name), "package.json"), "utf8"),
      );
      if (typeof manifest.name === "string") found[manifest.name] = packageDir(entry.name);
    } catch {
      // A folder another helper has only begun (no package.json yet) is not a package yet.
    }
  }
  return found;
};

export const createScratchProject = (): ScratchProject => {
  const dir = mkdtempSync(join(tmpdir(), "oaikit-bench-"));
  const links = { ...thirdParty, ...workspacePackages() };
  for (const [name, target] of Object.entries(links)) {
    const link = join(dir, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, "dir");
  }
  return {
    dir,
    writeEntry(name, code) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, code);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
