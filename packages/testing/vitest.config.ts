import { fileURLToPath } from "node:url";
import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default mergeConfig(sharedTestConfig, {
  // The README example imports the package by name; point that at the source, not dist.
  resolve: {
    alias: [
      { find: /^@oaikit\/testing$/, replacement: source("./src/index.ts") },
      { find: /^@oaikit\/testing\/node$/, replacement: source("./src/node.ts") },
    ],
  },
});
