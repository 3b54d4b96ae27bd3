import { readFile } from "node:fs/promises";
import { importDriver } from "../../../../test-support/runtimes/import-driver.js";
import type { ReadyRuntime } from "../../../../test-support/runtimes/types.js";
import type { CaseResult, SmokeMode } from "../smoke/types.js";

/** The part of miniflare's API the driver uses. */
interface MiniflareModule {
  Miniflare: new (options: {
    modules: boolean;
    script: string;
    compatibilityDate: string;
  }) => {
    ready: Promise<URL>;
    dispatchFetch(url: string): Promise<Response>;
    dispose(): Promise<void>;
  };
}

/** Runs the worker bundle in workerd through miniflare and reads back the results it answers. */
export const runWorker = async (
  runtime: ReadyRuntime,
  script: string,
  mode: SmokeMode,
  baseURL: string | undefined,
): Promise<CaseResult[]> => {
  const { Miniflare } = await importDriver<MiniflareModule>(runtime, "miniflare");
  const miniflare = new Miniflare({
    modules: true,
    script: await readFile(script, "utf8"),
    compatibilityDate: "2026-04-01",
  });
  try {
    await miniflare.ready;
    const url = new URL("http://smoke.worker/");
    url.searchParams.set("mode", mode);
    if (baseURL) url.searchParams.set("baseURL", baseURL);
    const response = await miniflare.dispatchFetch(url.href);
    const text = await response.text();
    if (!response.ok) throw new Error(`the worker answered ${response.status}: ${text}`);
    return JSON.parse(text) as CaseResult[];
  } finally {
    await miniflare.dispose();
  }
};
