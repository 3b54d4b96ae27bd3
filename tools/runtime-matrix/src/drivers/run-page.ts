import { chromiumArgs } from "../../../../test-support/runtimes/chromium.js";
import { importDriver } from "../../../../test-support/runtimes/import-driver.js";
import type { ReadyRuntime } from "../../../../test-support/runtimes/types.js";
import type { SmokeRequest } from "../smoke/run-smoke.js";
import type { CaseResult, SmokeMode } from "../smoke/types.js";
import { serveStatic } from "./serve-static.js";

/** The part of playwright-core's API the driver uses. */
interface Page {
  on(event: "console", listener: (message: { type(): string; text(): string }) => void): void;
  on(event: "pageerror", listener: (error: Error) => void): void;
  goto(url: string): Promise<unknown>;
  waitForFunction(expression: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
interface PlaywrightModule {
  chromium: {
    launch(options: { executablePath: string; args: readonly string[] }): Promise<{
      newPage(): Promise<Page>;
      close(): Promise<void>;
    }>;
  };
}

/**
 * Opens the smoke page in headless Chromium, served from its own origin, and runs the suite in
 * it: over HTTP the calls cross origins to the emulator, so they pass only with its CORS.
 */
export const runPage = async (
  runtime: ReadyRuntime,
  pageDir: string,
  mode: SmokeMode,
  baseURL: string | undefined,
): Promise<CaseResult[]> => {
  const { chromium } = await importDriver<PlaywrightModule>(runtime, "playwright-core");
  const site = await serveStatic(pageDir);
  const browser = await chromium.launch({ executablePath: runtime.executable, args: chromiumArgs });
  const log: string[] = [];
  try {
    const page = await browser.newPage();
    page.on("console", (message) => log.push(`console.${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => log.push(`page error: ${error.message}`));
    await page.goto(site.url);
    await page.waitForFunction("typeof window.runSmoke === 'function'");
    const request: SmokeRequest = baseURL ? { mode, baseURL } : { mode };
    const results = await page.evaluate(
      (r) =>
        (globalThis as unknown as { runSmoke(r: SmokeRequest): Promise<CaseResult[]> }).runSmoke(r),
      request,
    );
    // A failure is easier to read with what the page printed beside it.
    return results.map((result) =>
      result.status === "failed" && log.length > 0
        ? { ...result, detail: `${result.detail}\n${log.slice(-10).join("\n")}` }
        : result,
    );
  } finally {
    await browser.close();
    await site.close();
  }
};
