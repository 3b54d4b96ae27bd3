import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ensureRuntime } from "../../../test-support/runtimes/index.js";
import { runCommand } from "../../../test-support/runtimes/run-command.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = join(
  dirname(createRequire(import.meta.url).resolve("vitest/package.json")),
  "vitest.mjs",
);
const nested = process.env.OAIKIT_REALTIME_RUNTIME !== undefined;
const node22 = nested ? undefined : await ensureRuntime("node22");

// The package's whole suite once more on Node 22, whose global WebSocket replaces `ws`.
describe.skipIf(nested)("on Node 22", () => {
  it.skipIf(!node22?.ready)(
    "passes the same suite with the global WebSocket",
    async () => {
      if (!node22?.ready) return;
      const result = await runCommand(
        node22.executable,
        [vitest, "run", "--reporter=dot", "--exclude", "src/node22.test.ts"],
        {
          cwd: root,
          env: { ...process.env, OAIKIT_REALTIME_RUNTIME: "node22" },
          timeoutMs: 600_000,
        },
      );
      expect(result.code, `${result.failure ?? ""}\n${result.stdout}\n${result.stderr}`).toBe(0);
      // vitest colours its summary when the parent run forces colour; read it without.
      const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
      expect(result.stdout.replace(ansi, "")).toMatch(/Tests\s+\d+ passed/);
    },
    600_000,
  );
});

describe.runIf(nested)("the nested run", () => {
  it("uses the runtime's global WebSocket", () => {
    expect(process.versions.node.split(".")[0]).toBe("22");
    expect(typeof (globalThis as { WebSocket?: unknown }).WebSocket).toBe("function");
  });
});
