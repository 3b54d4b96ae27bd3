import { createClient } from "@oaikit/core";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** A client builds from options, strips a trailing slash, and derives overrides without mutating. */
export const clientCreation: SmokeCase = {
  name: "client creation",
  async run({ baseURL, browser }) {
    const client = createClient({
      apiKey: "sk-smoke-test",
      baseURL: `${baseURL}/`,
      dangerouslyAllowBrowser: browser,
    });
    checkEqual(client.config.baseURL, baseURL, "baseURL");
    check(Object.isFrozen(client.config), "the resolved config is frozen");
    const derived = client.with({ timeout: 5_000, maxRetries: 0 });
    checkEqual([derived.config.timeout, derived.config.maxRetries], [5_000, 0], "overrides");
    checkEqual(client.config.maxRetries, 2, "the original keeps its default maxRetries");
  },
};
