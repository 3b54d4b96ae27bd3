import { existsSync } from "node:fs";
import { checkVersion } from "./check-version.js";
import { npmInstall } from "./npm-install.js";
import { describeFailure, runCommand } from "./run-command.js";
import type { Runtime } from "./types.js";
import { runtimePins } from "./versions.js";

const APT_TIMEOUT_MS = 10 * 60_000;
const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The flags every launch needs in a container: no sandbox, no GPU, no network beyond the test's. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

const findChromium = () => {
  const configured = process.env.OAIKIT_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : undefined;
  return candidates.find((path) => existsSync(path));
};

/** Debian's chromium through apt-get, only when no Chromium is there yet. */
const aptInstall = async (): Promise<string | undefined> => {
  if (!existsSync("/usr/bin/apt-get")) return "no Chromium found and no apt-get to install one";
  if (process.getuid?.() !== 0) return "no Chromium found, and apt-get needs root to install one";
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = ["install", "-y", "--no-install-recommends", "chromium"];
  let result = await runCommand("apt-get", install, { env, timeoutMs: APT_TIMEOUT_MS });
  if (result.code === 0) return undefined;
  // A fresh machine has no package lists yet.
  const update = await runCommand("apt-get", ["update"], { env, timeoutMs: APT_TIMEOUT_MS });
  if (update.code !== 0) return describeFailure("apt-get update", update);
  result = await runCommand("apt-get", install, { env, timeoutMs: APT_TIMEOUT_MS });
  return result.code === 0 ? undefined : describeFailure("apt-get install chromium", result);
};

/**
 * Headless Chromium: Debian's package (or `$OAIKIT_CHROMIUM`), installed with apt-get only
 * when missing, and the pinned playwright-core that drives it.
 */
export const installChromium = async (): Promise<Runtime> => {
  const name = "chromium";
  if (!findChromium() && !process.env.OAIKIT_CHROMIUM) {
    const failed = await aptInstall();
    if (failed) return { name, ready: false, reason: failed };
  }
  const executable = findChromium();
  if (!executable) {
    return {
      name,
      ready: false,
      reason: `no Chromium at ${process.env.OAIKIT_CHROMIUM ?? candidates.join(" or ")}`,
    };
  }
  const checked = await checkVersion(executable, undefined);
  if ("error" in checked) return { name, ready: false, reason: checked.error };
  const pin = runtimePins.chromium;
  const driver = await npmInstall(pin.npm, pin.version);
  if ("error" in driver) return { name, ready: false, reason: driver.error };
  return {
    name,
    ready: true,
    version: `${checked.version} (playwright-core ${pin.version})`,
    executable,
    driverDir: driver.dir,
  };
};
