import { fileURLToPath } from "node:url";
import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default mergeConfig(sharedTestConfig, {
  // Tests run against the workspace's sources, not whatever dist a package last built: the
  // README example imports this package by name, and the emulator imports every resource
  // package's schemas.
  resolve: {
    alias: [
      { find: /^@oaikit\/testing$/, replacement: source("./src/index.ts") },
      { find: /^@oaikit\/testing\/node$/, replacement: source("./src/node.ts") },
      { find: /^@oaikit\/([\w-]+)\/node$/, replacement: source("../$1/src/node.ts") },
      { find: /^@oaikit\/([\w-]+)\/schemas$/, replacement: source("../$1/src/schemas.ts") },
      { find: /^@oaikit\/([\w-]+)$/, replacement: source("../$1/src/index.ts") },
    ],
  },
});
