import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where installed runtimes are kept, outside the repository so a clean clone and `git clean`
 * keep them: `$OAIKIT_RUNTIMES_DIR`, else `$XDG_CACHE_HOME/oaikit-runtimes`, else
 * `~/.cache/oaikit-runtimes`.
 */
export const runtimesCacheDir = (): string =>
  process.env.OAIKIT_RUNTIMES_DIR ||
  join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "oaikit-runtimes");
