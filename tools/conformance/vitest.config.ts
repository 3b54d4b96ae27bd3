import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

// Prism needs about 20 s to load the spec on a 2-core machine, and one package's calls took 14 s
// on an idle one (the slowest runs 119 calls); CI shares two cores with other suites, so a
// package gets ten minutes before it counts as hung.
export default mergeConfig(sharedTestConfig, {
  test: { hookTimeout: 180_000, testTimeout: 600_000 },
});
