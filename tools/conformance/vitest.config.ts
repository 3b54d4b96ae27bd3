import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

// Prism needs about 20 s to load the spec on a 2-core machine; the slowest package runs 119 calls.
export default mergeConfig(sharedTestConfig, {
  test: { hookTimeout: 120_000, testTimeout: 120_000 },
});
