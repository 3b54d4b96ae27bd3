import { join } from "node:path";
import { checkVersion } from "./check-version.js";
import { findFile } from "./find-file.js";
import { npmInstall } from "./npm-install.js";
import type { Runtime } from "./types.js";
import { type RuntimeName, runtimePins } from "./versions.js";

/** Where each npm package leaves its binary; later candidates cover installs whose postinstall did not run. */
const binaries: Record<Exclude<RuntimeName, "node" | "chromium">, readonly string[]> = {
  "node20.19": ["node/bin/node"],
  node22: ["node/bin/node"],
  node24: ["node/bin/node"],
  bun: ["bun/bin/bun.exe", "@oven/*/bin/bun"],
  deno: ["deno/deno", "@deno/*/deno"],
  workerd: ["workerd/bin/workerd", "@cloudflare/*/bin/workerd"],
};

/** Installs a runtime that npm ships (Node, Bun, Deno, miniflare with workerd) and checks it runs. */
export const installNpmRuntime = async (
  name: Exclude<RuntimeName, "node" | "chromium">,
): Promise<Runtime> => {
  const pin = runtimePins[name];
  const installed = await npmInstall(pin.npm, pin.version);
  if ("error" in installed) return { name, ready: false, reason: installed.error };
  const modules = join(installed.dir, "node_modules");
  const executable = findFile(modules, binaries[name]);
  if (!executable) {
    return { name, ready: false, reason: `${pin.npm}@${pin.version} installed no ${name} binary` };
  }
  // workerd prints its own date-based version, not miniflare's.
  const checked = await checkVersion(executable, name === "workerd" ? undefined : pin.version);
  if ("error" in checked) return { name, ready: false, reason: checked.error };
  const version =
    name === "workerd" ? `${checked.version} (miniflare ${pin.version})` : checked.version;
  return {
    name,
    ready: true,
    version,
    executable,
    ...(name === "workerd" ? { driverDir: installed.dir } : {}),
  };
};
