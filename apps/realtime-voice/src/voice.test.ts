import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, ensureRuntime, importDriver } from "../../../test-support/runtimes/index.js";
import { startVoiceServer, type VoiceServer } from "./server.js";

/** The few playwright-core calls used here (the driver lives in the runtime cache, untyped). */
interface Page {
  on(event: "pageerror", listener: (error: Error) => void): void;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  textContent(selector: string): Promise<string | null>;
  $$eval<T>(selector: string, fn: (elements: Element[]) => T): Promise<T>;
}
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<{
      newPage(): Promise<Page>;
      close(): Promise<void>;
    }>;
  };
}

const chromium = await ensureRuntime("chromium");
let voice: VoiceServer;

beforeAll(async () => {
  delete process.env.OPENAI_API_KEY; // always the emulator here
  voice = await startVoiceServer();
});
afterAll(async () => {
  await voice?.close();
});

describe("the realtime-voice page in headless Chromium", () => {
  it.skipIf(!chromium.ready)(
    "connects with an ephemeral secret, streams a tone, and shows the typed events",
    async () => {
      if (!chromium.ready) return;
      const { chromium: driver } = await importDriver<Playwright>(chromium, "playwright-core");
      const browser = await driver.launch({
        executablePath: chromium.executable,
        args: [...chromiumArgs],
      });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(error.message));
        await page.goto(voice.url);
        await page.waitForSelector("body[data-state=done], body[data-state=failed]", {
          timeout: 60_000,
        });
        const status = await page.textContent("#status");
        expect(status).toBe("response completed");
        const events = await page.$$eval("#log li", (items) =>
          items.map((item) => item.textContent),
        );
        expect(events).toEqual(
          expect.arrayContaining([
            "input_audio_buffer.committed",
            "conversation.item.added",
            "response.created",
            "response.output_audio.delta",
            "response.done",
          ]),
        );
        expect(await page.textContent("#transcript")).toBe("Echo: That was a tone. Say hello.");
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
