import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { signWebhook } from "@oaikit/webhooks";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureRuntime } from "../../../../test-support/runtimes/index.js";
import { api } from "../../test-support/api.js";
import { createEmulator } from "../emulator/create-emulator.js";

const secret = `whsec_${btoa("deno-receiver-signing-key")}`;

// The receiver Deno runs: @oaikit/webhooks' fetch handler as published (its dist, bundled), under
// Deno.serve. Its first handler call throws, so the emulator has to retry; every call is logged.
const receiverSource = `
import { createWebhookHandler } from "@oaikit/webhooks";
let calls = 0;
const log = (line) => console.log(JSON.stringify(line));
const handler = createWebhookHandler({
  secret: Deno.env.get("WEBHOOK_SECRET"),
  onUnknown: (event, { webhookId }) => {
    calls++;
    log({ handled: event, webhookId, call: calls });
    if (calls === 1) throw new Error("first call fails");
  },
  onError: () => {},
});
Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: ({ port }) => log({ port }) },
  handler,
);
`;

// The shared runtime installers: Deno from npm into a cache outside the repository.
const runtime = await ensureRuntime("deno");
let deno: ChildProcess | undefined;
let dir: string;
let url: string;
const lines: any[] = [];

beforeAll(async () => {
  if (!runtime.ready) return;
  dir = mkdtempSync(join(tmpdir(), "oaikit-deno-receiver-"));
  const bundled = await build({
    stdin: { contents: receiverSource, resolveDir: fileURLToPath(new URL("..", import.meta.url)) },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  writeFileSync(join(dir, "receiver.mjs"), bundled.outputFiles[0]!.contents);
  deno = spawn(
    runtime.executable,
    ["run", "--allow-net=127.0.0.1", "--allow-env=WEBHOOK_SECRET", "receiver.mjs"],
    {
      cwd: dir,
      env: {
        ...process.env,
        WEBHOOK_SECRET: secret,
        DENO_DIR: join(dir, ".deno"),
        DENO_NO_UPDATE_CHECK: "1",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    deno!.once("exit", (code) => reject(new Error(`deno exited (${code}) before listening`)));
    createInterface({ input: deno!.stdout! }).on("line", (line) => {
      const parsed = JSON.parse(line);
      if (parsed.port) resolve(parsed.port);
      else lines.push(parsed);
    });
  });
  url = `http://127.0.0.1:${port}/webhooks`;
}, 6 * 60_000);

afterAll(() => {
  deno?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!runtime.ready)(
  "the emulator's sender into createWebhookHandler running in Deno",
  () => {
    it("delivers a verified event, retried with the same webhook-id, handled once; a replay and a forgery are not", async () => {
      const emulator = createEmulator({
        webhooks: [{ url, secret }],
        webhookRetries: { initialDelayMs: 1 },
      });
      const created = await api(emulator.fetch).post("/responses", {
        model: "m",
        input: "hi",
        background: true,
      });
      await emulator.webhooks.settled();
      const [delivery] = emulator.webhooks.deliveries;
      expect(delivery).toMatchObject({
        state: "delivered",
        attempts: [{ status: 500 }, { status: 200 }],
      });
      expect(lines).toEqual([
        { handled: delivery!.event, webhookId: delivery!.webhookId, call: 1 },
        { handled: delivery!.event, webhookId: delivery!.webhookId, call: 2 },
      ]);
      expect(delivery!.event).toMatchObject({
        type: "response.completed",
        data: { id: created.body.id },
      });

      const body = JSON.stringify(delivery!.event);
      const replay = await fetch(url, {
        method: "POST",
        headers: await signWebhook(body, secret, { id: delivery!.webhookId }),
        body,
      });
      expect(replay.status).toBe(200);
      expect(await replay.json()).toMatchObject({ duplicate: true });

      const forged = await fetch(url, {
        method: "POST",
        headers: await signWebhook(body, secret, { id: "wh_forged" }),
        body: body.replace(created.body.id, "resp_forged"),
      });
      expect(forged.status).toBe(400);
      expect(await forged.json()).toMatchObject({ error: { reason: "bad_signature" } });
      expect(lines).toHaveLength(2);
    });
  },
);
