import { readFileSync } from "node:fs";
import { join } from "node:path";
import { benchDir, packageDir } from "./paths.js";

const versionAt = (dir: string): string => {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  } catch {
    return "absent";
  }
};

/** The versions actually measured, recorded beside the numbers. */
export const measuredVersions = (): Record<string, string> => ({
  node: process.versions.node,
  "@oaikit/core": versionAt(packageDir("core")),
  "@oaikit/responses": versionAt(packageDir("responses")),
  openai: versionAt(join(benchDir, "node_modules", "openai")),
  ky: versionAt(join(packageDir("core"), "node_modules", "ky")),
  "eventsource-parser": versionAt(join(benchDir, "node_modules", "eventsource-parser")),
});
