import type { SnapshotSource } from "./strip-spec.js";

/** The spec this repository's snapshot is built from (see ../shared/openapi/README.txt). */
export const KNOWN_SOURCE: SnapshotSource = {
  repository: "openai/openai-openapi",
  commit: "f85dbe223d40e1a31cba812ab2d755c7e98a92a3",
  sha256: "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8",
};
