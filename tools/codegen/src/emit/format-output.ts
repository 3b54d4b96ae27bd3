import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "./plan-packages.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The repository's formatter settings (biome.json), without its file filters. */
function formatterConfig(): string {
  const config = JSON.parse(readFileSync(join(repoRoot, "biome.json"), "utf8"));
  return JSON.stringify({ formatter: config.formatter, javascript: config.javascript });
}

/**
 * The TypeScript files laid out by the repository's own formatter (biome), so emitters write plain
 * text and the output reads like the hand-written code. The files pass through a scratch
 * directory: biome.json keeps generated code out of `pnpm lint`, and one run over them all is
 * far quicker than one per file.
 */
export function formatOutput(files: GeneratedFile[]): GeneratedFile[] {
  const scripts = files.filter((file) => file.path.endsWith(".ts"));
  if (scripts.length === 0) return files;
  const scratch = mkdtempSync(join(tmpdir(), "oaikit-format-"));
  try {
    writeFileSync(join(scratch, "biome.json"), formatterConfig());
    for (const file of scripts) {
      const target = join(scratch, "out", file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    const run = spawnSync(process.execPath, [biome, "format", "--write", "out"], {
      cwd: scratch,
      encoding: "utf8",
    });
    if (run.status !== 0) {
      throw new Error(`biome could not format the generated code:\n${run.stdout}${run.stderr}`);
    }
    return files.map((file) =>
      file.path.endsWith(".ts")
        ? { ...file, content: readFileSync(join(scratch, "out", file.path), "utf8") }
        : file,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
