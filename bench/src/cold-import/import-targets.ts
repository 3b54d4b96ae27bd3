import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isBuilt, packageDir } from "../paths.js";
import { bundleKyIntoCore } from "./bundle-ky-into-core.js";
import type { ImportTarget } from "./measure-cold-import.js";

/** What a fresh process imports: Node's floor, the candidates, and ky on its own. */
export const importTargets = async (scratchDir: string): Promise<ImportTarget[]> => {
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
    // tsup may move the ky import into a shared chunk, so look at every emitted module.
    const kyExternal = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .some((file) => /from\s*["']ky["']/.test(readFileSync(join(dist, file), "utf8")));
    const bundled = await bundleKyIntoCore(scratchDir);
    targets.push(
      { name: `core dist (ky ${kyExternal ? "external" : "inlined"})`, specifier: "@oaikit/core" },
      { name: "core with ky bundled", specifier: pathToFileURL(bundled).href },
    );
  }
  return targets;
};
