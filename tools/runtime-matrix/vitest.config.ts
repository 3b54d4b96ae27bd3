import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

// A cold machine installs every runtime first (about a minute), then starts each one in turn.
export default mergeConfig(sharedTestConfig, {
  test: { hookTimeout: 300_000, testTimeout: 60_000 },
});
