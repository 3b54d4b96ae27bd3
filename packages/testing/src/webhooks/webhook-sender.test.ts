import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isKnownWebhookEvent, type UnknownWebhookEvent, type WebhookEvent } from "@oaikit/webhooks";
import { createNodeWebhookHandler } from "@oaikit/webhooks/node";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "../../test-support/api.js";
import { createEmulator } from "../emulator/create-emulator.js";
import type { EmulatorOptions } from "../emulator/types.js";

const secret = `whsec_${btoa("emulator-sender-signing-key")}`;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const listen = async (listener: (req: IncomingMessage, res: ServerResponse) => unknown) => {
  const server = createServer((req, res) => void listener(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
};

/**
 * A receiver built on @oaikit/webhooks' node adapter, over real HTTP: it verifies each delivery
 * and records the events it handled, once per webhook-id.
 */
const receiver = async () => {
  const events: (WebhookEvent | UnknownWebhookEvent)[] = [];
  const url = await listen(
    createNodeWebhookHandler({ secret, onUnknown: (e) => void events.push(e) }),
  );
  return { url, events };
};

const setup = async (options: EmulatorOptions = {}) => {
  const { url, events } = await receiver();
  const emulator = createEmulator({ webhooks: [{ url, secret }], ...options });
  return { emulator, client: api(emulator.fetch), events, url };
};

const upload = async (client: ReturnType<typeof api>, purpose: string, lines: unknown[]) => {
  const form = new FormData();
  form.append("purpose", purpose);
  form.append("file", new File([lines.map((l) => JSON.stringify(l)).join("\n")], "in.jsonl"));
  return (await client.post("/files", form)).body.id as string;
};

const types = (events: { type: string }[]) => events.map((event) => event.type);

describe("the emulator's webhook sender, into @oaikit/webhooks' node adapter", () => {
  it("posts response.completed for a background response, verified and typed", async () => {
    const { emulator, client, events } = await setup();
    const created = await client.post("/responses", { model: "m", input: "hi", background: true });
    await emulator.webhooks.settled();
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(isKnownWebhookEvent(event!)).toBe(true);
    expect(event).toMatchObject({
      object: "event",
      type: "response.completed",
      data: { id: created.body.id },
      created_at: Math.floor(emulator.now() / 1000),
    });
    expect(event!.id).toMatch(/^evt_/);
    expect(emulator.webhooks.deliveries).toMatchObject([
      { state: "delivered", attempts: [{ status: 200 }], webhookId: expect.stringMatching(/^wh_/) },
    ]);
    // A foreground response sends nothing, as with the API.
    await client.post("/responses", { model: "m", input: "hi" });
    await emulator.webhooks.settled();
    expect(events).toHaveLength(1);
  });

  it("posts response.failed when a background response fails (a scripted error)", async () => {
    const { emulator, client, events } = await setup();
    emulator.script({ error: { status: 500, message: "The model crashed." } });
    const created = await client.post("/responses", { model: "m", input: "hi", background: true });
    expect(created.status).toBe(200);
    expect(created.body.status).toBe("queued");
    await emulator.webhooks.settled();
    expect(events).toMatchObject([{ type: "response.failed", data: { id: created.body.id } }]);
    const read = (await client.get(`/responses/${created.body.id}`)).body;
    expect(read).toMatchObject({
      status: "failed",
      error: { code: "server_error", message: "The model crashed." },
    });
    // In the foreground the same script is still the request's own error.
    emulator.script({ error: { status: 500 } });
    expect((await client.post("/responses", { model: "m", input: "hi" })).status).toBe(500);
  });

  it("waits for the emulator clock, and sends response.cancelled for a cancelled one", async () => {
    const { emulator, client, events } = await setup({ durations: { response: 10_000 } });
    const slow = (await client.post("/responses", { model: "m", input: "a", background: true }))
      .body;
    const cancelled = (
      await client.post("/responses", { model: "m", input: "b", background: true })
    ).body;
    await emulator.webhooks.settled();
    expect(events).toEqual([]);
    await client.post(`/responses/${cancelled.id}/cancel`);
    await emulator.webhooks.settled();
    expect(events).toMatchObject([{ type: "response.cancelled", data: { id: cancelled.id } }]);
    emulator.advance(10_000);
    await emulator.webhooks.settled();
    expect(events.map((e) => [e.type, (e.data as { id: string }).id])).toEqual([
      ["response.cancelled", cancelled.id],
      ["response.completed", slow.id],
    ]);
  });

  it("posts batch.completed once the batch has run, and batch.cancelled", async () => {
    const { emulator, client, events } = await setup({ durations: { batch: 60_000 } });
    const line = {
      custom_id: "a",
      method: "POST",
      url: "/v1/embeddings",
      body: { model: "e", input: "x" },
    };
    const input = await upload(client, "batch", [line]);
    const batch = { input_file_id: input, endpoint: "/v1/embeddings", completion_window: "24h" };
    const done = (await client.post("/batches", batch)).body;
    const stopped = (await client.post("/batches", batch)).body;
    await client.post(`/batches/${stopped.id}/cancel`);
    await emulator.webhooks.settled();
    expect(events).toMatchObject([{ type: "batch.cancelled", data: { id: stopped.id } }]);
    emulator.advance(60_000);
    await emulator.webhooks.settled();
    expect(events[1]).toMatchObject({ type: "batch.completed", data: { id: done.id } });
    // Nobody polled: the webhook came first, and the batch reads as it said.
    expect((await client.get(`/batches/${done.id}`)).body.status).toBe("completed");
  });

  it("posts fine_tuning.job.succeeded and fine_tuning.job.cancelled", async () => {
    const { emulator, client, events } = await setup({ durations: { fineTuningJob: 60_000 } });
    const file = await upload(client, "fine-tune", [{ messages: [] }]);
    const job = (
      await client.post("/fine_tuning/jobs", { model: "gpt-4o-mini", training_file: file })
    ).body;
    const other = (
      await client.post("/fine_tuning/jobs", { model: "gpt-4o-mini", training_file: file })
    ).body;
    await client.post(`/fine_tuning/jobs/${other.id}/cancel`);
    emulator.advance(60_000);
    await emulator.webhooks.settled();
    expect(events.map((e) => [e.type, (e.data as { id: string }).id])).toEqual([
      ["fine_tuning.job.cancelled", other.id],
      ["fine_tuning.job.succeeded", job.id],
    ]);
  });

  it("posts eval.run.succeeded and eval.run.canceled", async () => {
    const { emulator, client, events } = await setup({ durations: { evalRun: 1_000 } });
    const evaluation = (
      await client.post("/evals", {
        name: "e",
        data_source_config: { type: "custom", item_schema: { type: "object" } },
        testing_criteria: [],
      })
    ).body;
    const source = { type: "file_content", content: [{ item: {}, sample: { output_text: "x" } }] };
    const runs = [];
    for (let i = 0; i < 2; i++) {
      runs.push(
        (
          await client.post(`/evals/${evaluation.id}/runs`, {
            data_source: { type: "jsonl", source },
          })
        ).body,
      );
    }
    await client.post(`/evals/${evaluation.id}/runs/${runs[1].id}`);
    emulator.advance(1_000);
    await emulator.webhooks.settled();
    expect(events.map((e) => [e.type, (e.data as { id: string }).id])).toEqual([
      ["eval.run.canceled", runs[1].id],
      ["eval.run.succeeded", runs[0].id],
    ]);
  });

  it("posts realtime.call.incoming for an incoming call, which can then be accepted", async () => {
    const { emulator, client, events } = await setup();
    const callId = emulator.webhooks.incomingCall({
      sipHeaders: [{ name: "From", value: "sip:+15550123@example.test" }],
    });
    await emulator.webhooks.settled();
    expect(events).toMatchObject([
      {
        type: "realtime.call.incoming",
        data: {
          call_id: callId,
          sip_headers: [{ name: "From", value: "sip:+15550123@example.test" }],
        },
      },
    ]);
    const accepted = await client.post(`/realtime/calls/${callId}/accept`, {
      type: "realtime",
      model: "gpt-realtime",
    });
    expect(accepted.status).toBe(200);
  });

  it("sends an endpoint only the event types it subscribed to", async () => {
    const batches = await receiver();
    const all = await receiver();
    const emulator = createEmulator({
      webhooks: [
        { url: batches.url, secret, events: ["batch.completed"] },
        { url: all.url, secret },
      ],
    });
    await api(emulator.fetch).post("/responses", { model: "m", input: "x", background: true });
    await emulator.webhooks.settled();
    expect(types(batches.events)).toEqual([]);
    expect(types(all.events)).toEqual(["response.completed"]);
  });
});

describe("retries and replays", () => {
  it("retries a failed delivery with the same webhook-id, and the receiver handles it once", async () => {
    const seen: { id: string; timestamp: string; status: number }[] = [];
    let handled = 0;
    const handle = createNodeWebhookHandler({ secret, onUnknown: () => void handled++ });
    const url = await listen(async (req, res) => {
      const status = seen.length < 2 ? 503 : 200;
      seen.push({
        id: String(req.headers["webhook-id"]),
        timestamp: String(req.headers["webhook-timestamp"]),
        status,
      });
      if (status === 503) {
        req.resume();
        res.writeHead(503).end();
        return;
      }
      await handle(req, res);
    });
    const emulator = createEmulator({
      webhooks: [{ url, secret }],
      webhookRetries: { initialDelayMs: 1 },
    });
    await api(emulator.fetch).post("/responses", { model: "m", input: "x", background: true });
    await emulator.webhooks.settled();
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.id)).size).toBe(1);
    expect(handled).toBe(1);
    expect(emulator.webhooks.deliveries).toMatchObject([
      { state: "delivered", attempts: [{ status: 503 }, { status: 503 }, { status: 200 }] },
    ]);
  });

  it("handles a replayed delivery once: the second copy is acknowledged, not handled", async () => {
    const captured: { headers: Record<string, string>; body: string }[] = [];
    let handled = 0;
    const handle = createNodeWebhookHandler({ secret, onUnknown: () => void handled++ });
    const url = await listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      captured.push({ headers: req.headers as Record<string, string>, body: body.toString() });
      Object.assign(req, { body });
      await handle(req, res);
    });
    const emulator = createEmulator({ webhooks: [{ url, secret }] });
    await api(emulator.fetch).post("/responses", { model: "m", input: "x", background: true });
    await emulator.webhooks.settled();
    const [first] = captured;
    const replay = await fetch(url, { method: "POST", headers: first!.headers, body: first!.body });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true });
    expect(handled).toBe(1);
  });

  it("gives up after maxAttempts against a receiver that is down, recording why", async () => {
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(500).end();
    });
    const emulator = createEmulator({
      webhooks: [{ url, secret }],
      webhookRetries: { maxAttempts: 3, initialDelayMs: 1 },
    });
    emulator.webhooks.incomingCall();
    await emulator.webhooks.settled();
    expect(emulator.webhooks.deliveries).toMatchObject([
      { state: "failed", attempts: [{ status: 500 }, { status: 500 }, { status: 500 }] },
    ]);
    const refused = createEmulator({
      webhooks: [{ url: "http://127.0.0.1:9/unreachable", secret }],
      webhookRetries: { maxAttempts: 2, initialDelayMs: 1 },
    });
    refused.webhooks.incomingCall();
    await refused.webhooks.settled();
    const [delivery] = refused.webhooks.deliveries;
    expect(delivery!.state).toBe("failed");
    expect(delivery!.attempts).toHaveLength(2);
    expect(delivery!.attempts[0]!.error).toMatch(/fetch failed/);
  });

  it("stops retrying when the emulator closes", async () => {
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(500).end();
    });
    const emulator = createEmulator({
      webhooks: [{ url, secret }],
      webhookRetries: { maxAttempts: 5, initialDelayMs: 60_000 },
    });
    emulator.webhooks.incomingCall();
    while (emulator.webhooks.deliveries[0]?.attempts.length !== 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await emulator.close();
    await emulator.webhooks.settled();
    expect(emulator.webhooks.deliveries[0]).toMatchObject({
      state: "failed",
      attempts: [{ status: 500 }],
    });
  });
});

describe("webhook options", () => {
  it("refuses a bad endpoint, naming the field and never the secret", () => {
    expect(() => createEmulator({ webhooks: [{ url: "not a url", secret }] })).toThrow(
      /webhooks\[0\]\.url/,
    );
    let error: unknown;
    try {
      createEmulator({ webhooks: [{ url: "http://127.0.0.1/", secret: "whsec_%%private%%" }] });
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/webhooks\[0\]\.secret/);
    expect(String(error)).not.toContain("private");
    expect(() => createEmulator({ webhookRetries: { maxAttempts: 0 } })).toThrow(/maxAttempts/);
  });

  it("sign() and send() still sign one-off events with the endpoint's secret", async () => {
    const { url, events } = await receiver();
    const emulator = createEmulator();
    const answer = await emulator.webhooks.send(
      url,
      { type: "batch.failed", data: { id: "batch_1" } },
      { secret },
    );
    expect(answer.status).toBe(200);
    expect(events).toMatchObject([{ type: "batch.failed", data: { id: "batch_1" } }]);
    const headers = await emulator.webhooks.sign("{}", {
      secret,
      webhookId: "wh_x",
      timestamp: 42,
    });
    expect(headers).toMatchObject({ "webhook-id": "wh_x", "webhook-timestamp": "42" });
  });
});
