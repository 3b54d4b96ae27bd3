import { readFileSync } from "node:fs";

/**
 * The range every package names `@oaikit/core` with, as a peer: any 0.x core from the first.
 * Core keeps what packages call stable across its 0.x minors, so a core release never makes
 * packages ask for a second copy (CONTRIBUTING.md, "Versions").
 */
export const CORE_PEER_RANGE = "workspace:>=0.1.0 <1.0.0";

const REPOSITORY = "https://github.com/oaikit/oaikit";

/** Where a package's source, home page and issues are, for the registry's page. */
export const repositoryFields = (directory: string) => ({
  homepage: `${REPOSITORY}/tree/main/${directory}#readme`,
  repository: { type: "git", url: `git+${REPOSITORY}.git`, directory },
  bugs: { url: `${REPOSITORY}/issues` },
});

/** The repository's LICENSE, copied into each package (npm ships it whatever `files` says). */
export const license = readFileSync(new URL("../../../../LICENSE", import.meta.url), "utf8");
