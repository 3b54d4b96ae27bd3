import { defineConfig } from "vitest/config";

/**
 * Every workspace package runs vitest with this config, so each run leaves a JSON report that
 * `.ci/run` sums into one "N passed, N failed" line.
 */
export const sharedTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});
