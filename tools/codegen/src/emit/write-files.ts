import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./plan-packages.js";

export interface WriteReport {
  written: number;
  unchanged: number;
  removed: string[];
}

/**
 * Writes the planned files under `root`, touching only those whose bytes change, and deletes files
 * left in a managed `src/generated/` directory by an earlier run (a removed operation's module).
 */
export function writeFiles(
  root: string,
  files: GeneratedFile[],
  managedDirs: string[],
): WriteReport {
  const report: WriteReport = { written: 0, unchanged: 0, removed: [] };
  const planned = new Set(files.map((f) => f.path));
  for (const file of files) {
    const target = join(root, file.path);
    if (existsSync(target) && readFileSync(target, "utf8") === file.content) {
      report.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    report.written++;
  }
  for (const dir of managedDirs) {
    const absolute = join(root, dir);
    if (!existsSync(absolute)) continue;
    for (const name of readdirSync(absolute).sort()) {
      const path = `${dir}/${name}`;
      if (!planned.has(path)) {
        rmSync(join(root, path), { recursive: true });
        report.removed.push(path);
      }
    }
  }
  return report;
}
