import { beforeAll, describe, it } from "vitest";
import { ensureRuntime } from "../../../test-support/runtimes/ensure-runtime.js";
import { type RuntimeName, runtimeNames } from "../../../test-support/runtimes/versions.js";
import { runRuntime } from "./drivers/run-runtime.js";
import { allCases } from "./smoke/cases/all.js";
import type { CaseResult, SmokeMode } from "./smoke/types.js";

// OAIKIT_RUNTIMES=bun,deno narrows a local run; CI runs them all.
const selected = (process.env.OAIKIT_RUNTIMES?.split(",").map((name) => name.trim()) ??
  runtimeNames) as RuntimeName[];
const runtimes = await Promise.all(selected.map((name) => ensureRuntime(name)));
const modes: readonly SmokeMode[] = ["http", "in-process"];

for (const runtime of runtimes) {
  if (!runtime.ready) {
    describe.skip(`${runtime.name}: SKIPPED, cannot be installed (${runtime.reason.split("\n")[0]})`, () => {
      for (const smokeCase of allCases) it(smokeCase.name, () => {});
    });
    continue;
  }
  for (const mode of modes) {
    describe(`${runtime.name} ${runtime.version}, ${mode}`, () => {
      let results: Map<string, CaseResult> | undefined;
      let crash: unknown;
      beforeAll(async () => {
        try {
          const list = await runRuntime(runtime, mode);
          results = new Map(list.map((result) => [result.name, result]));
        } catch (error) {
          crash = error;
        }
      });
      for (const smokeCase of allCases) {
        it(smokeCase.name, (context) => {
          if (crash) throw crash;
          const result = results?.get(smokeCase.name);
          if (!result)
            throw new Error(`${runtime.name} reported no result for "${smokeCase.name}"`);
          if (result.status === "skipped") context.skip(result.detail);
          if (result.status === "failed") throw new Error(result.detail);
        });
      }
    });
  }
}
