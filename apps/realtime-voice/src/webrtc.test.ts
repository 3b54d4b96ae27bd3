import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { createClient } from "@oaikit/core";
import { createRealtimeClientSecret } from "@oaikit/realtime";
import { createEmulator } from "@oaikit/testing/node";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { chromiumArgs, ensureRuntime, importDriver } from "../../../test-support/runtimes/index.js";

interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<{
      newPage(): Promise<{
        goto(url: string): Promise<unknown>;
        addInitScript(script: string): Promise<void>;
        evaluate<T>(expression: string): Promise<T>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

const chromium = await ensureRuntime("chromium");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Serves one bundled script in a page and returns what it leaves in `window.outcome`. */
const runPage = async <T>(entry: string, init = ""): Promise<T> => {
  if (!chromium.ready) throw new Error("no Chromium");
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "warning",
  });
  const server: Server = createServer((request, response) => {
    if (request.url === "/page.js") {
      response
        .writeHead(200, { "content-type": "text/javascript" })
        .end(bundle.outputFiles[0]!.text);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<script type="module" src="/page.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const mod = await importDriver<Playwright & { default?: Playwright }>(
    chromium,
    "playwright-core",
  );
  const driver = mod.chromium ?? mod.default!.chromium;
  const browser = await driver.launch({
    executablePath: chromium.executable,
    // Same-page peers connect over loopback host candidates, not mDNS names.
    args: [...chromiumArgs, "--disable-features=WebRtcHideLocalIpsWithMdns"],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  await page.evaluate(
    "new Promise((resolve) => { const wait = () => window.outcome ? resolve() : setTimeout(wait, 20); wait(); })",
  );
  return page.evaluate<T>("window.outcome");
};

describe.skipIf(!chromium.ready)("connectRealtimeWebRTC in headless Chromium", () => {
  it("connects its data channel to a real WebRTC peer and runs typed events over it", async () => {
    const outcome = await runPage<{
      offer: { hasAudio: boolean; hasDataChannel: boolean; contentType: string; url: string };
      events: string[];
      text: string;
      error?: string;
    }>("./webrtc-check/page.ts");
    expect(outcome.error).toBeUndefined();
    expect(outcome.offer).toEqual({
      hasAudio: true,
      hasDataChannel: true,
      contentType: "application/sdp",
      url: "https://api.example.invalid/v1/realtime/calls?model=gpt-realtime",
    });
    // session.created may come before the page's handler is on; everything after it is there.
    expect(outcome.events.filter((type) => type !== "session.created")).toEqual([
      "session.updated",
      "conversation.item.added",
      "response.created",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.done",
    ]);
    expect(outcome.text).toBe("over WebRTC");
  }, 120_000);

  it("posts the offer to the emulator's /realtime/calls, whose answer is no real WebRTC endpoint", async () => {
    const emulator = createEmulator();
    const { baseURL } = await emulator.listen();
    cleanups.push(() => emulator.close());
    const secret = await createRealtimeClientSecret(createClient({ apiKey: "sk-test", baseURL }), {
      session: { type: "realtime", model: "gpt-realtime" },
    });
    const outcome = await runPage<string>(
      "./webrtc-check/emulator-page.ts",
      `window.target = ${JSON.stringify({ secret: secret.value, baseURL })};`,
    );
    // The emulator's SDP answer has no ICE credentials or DTLS fingerprint, so Chromium refuses it.
    expect(outcome).toMatch(/^InvalidAccessError: .*DTLS fingerprint/);
    const call = emulator.requests.find((request) => request.path === "/v1/realtime/calls");
    expect(call).toMatchObject({ method: "POST" });
  }, 120_000);
});
