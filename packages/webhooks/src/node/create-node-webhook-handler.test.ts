import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { signWebhook } from "../sign-webhook.js";
import { createNodeWebhookHandler } from "./create-node-webhook-handler.js";

const secret = `whsec_${btoa("node-adapter-signing-key")}`;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const listen = async (listener: (req: IncomingMessage, res: ServerResponse) => void) => {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
};

const post = async (target: string, body: string, id = "wh_1") =>
  fetch(target, {
    method: "POST",
    headers: { ...(await signWebhook(body, secret, { id })), "content-type": "application/json" },
    body,
  });

const event = JSON.stringify({
  id: "evt_1",
  object: "event",
  created_at: 1,
  type: "fine_tuning.job.succeeded",
  data: { id: "ftjob_1" },
});

describe("createNodeWebhookHandler over node:http", () => {
  it("verifies, routes, dedupes and answers like the fetch handler", async () => {
    const handled: string[] = [];
    const target = await listen(
      createNodeWebhookHandler({
        secret,
        on: { "fine_tuning.job.succeeded": (e) => void handled.push(e.data.id) },
      }),
    );
    const ok = await post(target, event);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/application\/json/);
    expect((await post(target, event)).status).toBe(200);
    expect(handled).toEqual(["ftjob_1"]);

    const forged = await fetch(target, {
      method: "POST",
      headers: await signWebhook(event, secret, { id: "wh_2" }),
      body: event.replace("ftjob_1", "ftjob_2"),
    });
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ error: { reason: "bad_signature" } });
    expect((await fetch(target)).status).toBe(405);
  });

  it("takes a body a framework read already as bytes or text (express.raw)", async () => {
    const handled: string[] = [];
    const handle = createNodeWebhookHandler({
      secret,
      onUnknown: (e) => void handled.push(e.type),
    });
    for (const as of ["buffer", "text"] as const) {
      const target = await listen(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks);
        Object.assign(req, { body: as === "buffer" ? raw : raw.toString("utf8") });
        await handle(req, res);
      });
      expect((await post(target, event, `wh_${as}`)).status).toBe(200);
    }
    expect(handled).toEqual(["fine_tuning.job.succeeded", "fine_tuning.job.succeeded"]);
  });

  it("answers 500 and says why when a body parser consumed the body first", async () => {
    const reported: string[] = [];
    const handle = createNodeWebhookHandler({
      secret,
      onError: (error) => void reported.push((error as Error).message),
    });
    const target = await listen(async (req, res) => {
      let text = "";
      for await (const chunk of req) text += chunk;
      Object.assign(req, { body: JSON.parse(text) });
      await handle(req, res);
    });
    const response = await post(target, event);
    expect(response.status).toBe(500);
    expect(reported[0]).toMatch(/express\.raw/);
  });
});
