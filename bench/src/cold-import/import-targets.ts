import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isBuilt, packageDir } from "../paths.js";
import type { ImportTarget } from "./measure-cold-import.js";

/** What a fresh process imports: Node's floor, the candidates, and ky on its own. */
export const importTargets = (): ImportTarget[] => {
  const targets: ImportTarget[] = [
    { name: "empty module (floor)", specifier: "data:text/javascript,export default 1" },
    { name: "openai", specifier: "openai" },
    {
      name: "ky alone",
      specifier: pathToFileURL(
        join(packageDir("core"), "node_modules", "ky", "distribution", "index.js"),
      ).href,
    },
  ];
  if (isBuilt("core")) {
    const dist = join(packageDir("core"), "dist");
    const entry = pathToFileURL(join(dist, "index.js")).href;
    targets.push(
      {
        // ky is imported by @oaikit/core/hooks only, never by the root entry.
        name: "core dist (root entry)",
        specifier: "@oaikit/core",
      },
      // Node loads its fetch (undici) on first use of Request and kin, ~20 ms: openai's import does,
      // core's first call does.
      {
        name: "core + Node's fetch loaded",
        specifier: `data:text/javascript,await import(${JSON.stringify(entry)}); globalThis.Request;`,
      },
    );
  }
  return targets;
};
