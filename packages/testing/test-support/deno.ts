import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const VERSION = "2.9.6";

/**
 * The path of a Deno binary, installed from npm (`deno@2.9.6`) with plain npm into a cache
 * directory on first use: pnpm would fetch `deno` as a runtime from GitHub, which CI cannot reach.
 */
export const installDeno = async (): Promise<string> => {
  const dir = join(
    process.env.OAIKIT_RUNTIMES_DIR ?? join(tmpdir(), "oaikit-runtimes"),
    `deno@${VERSION}`,
  );
  const bin = join(dir, "node_modules", ".bin", "deno");
  if (!existsSync(bin)) {
    await promisify(execFile)(
      "npm",
      [
        "install",
        "--prefix",
        dir,
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        `deno@${VERSION}`,
      ],
      { timeout: 5 * 60_000 },
    );
  }
  return bin;
};
