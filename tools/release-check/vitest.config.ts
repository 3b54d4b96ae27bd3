import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

// Packing every package and installing the tarballs with npm takes a minute or two when busy.
export default mergeConfig(sharedTestConfig, {
  test: { hookTimeout: 600_000, testTimeout: 300_000 },
});
