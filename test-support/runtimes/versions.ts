/**
 * Every runtime the matrix runs, pinned. Changing a pin changes the cache directory, so the
 * next run installs the new version beside the old one.
 */
export const runtimePins = {
  /** The oldest Node that `engines` allows: proves the floor the READMEs state. */
  "node20.19": { npm: "node", version: "20.19.0" },
  node22: { npm: "node", version: "22.23.3" },
  node24: { npm: "node", version: "24.21.0" },
  bun: { npm: "bun", version: "1.4.5" },
  deno: { npm: "deno", version: "2.9.6" },
  /** Cloudflare's workerd, driven through miniflare (the last miniflare that runs on Node 20). */
  workerd: { npm: "miniflare", version: "4.20260426.0" },
  /** Chromium comes from Debian's `chromium` package; playwright-core drives it. */
  chromium: { npm: "playwright-core", version: "1.65.2" },
} as const;

/** `node` is the Node running the tests (CI's Node 20), never installed. */
export type RuntimeName = "node" | keyof typeof runtimePins;

export const runtimeNames: readonly RuntimeName[] = [
  "node",
  ...Object.keys(runtimePins),
] as RuntimeName[];
