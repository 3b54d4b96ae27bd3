import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type UnknownWebhookEvent,
  unwrapWebhook,
  type WebhookEvent,
  webhookEventTypes,
} from "@oaikit/webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "../../test-support/api.js";
import { createEmulator } from "../emulator/create-emulator.js";
import type { Emulator, EmulatorOptions } from "../emulator/types.js";

const secret = `whsec_${btoa("every-webhook-event-signing-key")}`;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/**
 * A receiver that hands the exact bytes and headers it got to `unwrapWebhook`, with the valibot
 * check on: an event it keeps was signed with the endpoint's secret and has the spec's shape.
 */
const receiver = async () => {
  const events: (WebhookEvent | UnknownWebhookEvent)[] = [];
  const refused: unknown[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const body = new Uint8Array(Buffer.concat(chunks));
      events.push(
        await unwrapWebhook(body, req.headers as IncomingHttpHeaders, secret, { validate: true }),
      );
      res.writeHead(200).end();
    } catch (error) {
      refused.push(error);
      res.writeHead(400).end();
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  return { url, events, refused };
};

type Client = ReturnType<typeof api>;

const upload = async (client: Client, purpose: string, lines: string[]) => {
  const form = new FormData();
  form.append("purpose", purpose);
  form.append("file", new File([lines.join("\n")], "in.jsonl"));
  return (await client.post("/files", form)).body.id as string;
};

const embeddingLine = (url = "/v1/embeddings") =>
  JSON.stringify({ custom_id: "a", method: "POST", url, body: { model: "e", input: "x" } });

const createBatch = async (client: Client, lines = [embeddingLine()]) => {
  const input_file_id = await upload(client, "batch", lines);
  const batch = { input_file_id, endpoint: "/v1/embeddings", completion_window: "24h" };
  return (await client.post("/batches", batch)).body as { id: string };
};

const createJob = async (client: Client, lines = [JSON.stringify({ messages: [] })]) => {
  const training_file = await upload(client, "fine-tune", lines);
  return (await client.post("/fine_tuning/jobs", { model: "gpt-4o-mini", training_file })).body as {
    id: string;
  };
};

const createRun = async (client: Client, sampled = false) => {
  const evaluation = (
    await client.post("/evals", {
      name: "e",
      data_source_config: { type: "custom", item_schema: { type: "object" } },
      testing_criteria: [],
    })
  ).body;
  const data_source = sampled
    ? {
        type: "completions",
        model: "gpt-4.1",
        input_messages: { type: "template", template: [{ role: "user", content: "hi" }] },
        source: { type: "file_content", content: [{ item: {} }] },
      }
    : {
        type: "jsonl",
        source: { type: "file_content", content: [{ item: {}, sample: { output_text: "x" } }] },
      };
  const run = (await client.post(`/evals/${evaluation.id}/runs`, { data_source })).body;
  return { evalId: evaluation.id as string, id: run.id as string };
};

const background = async (client: Client, extra: Record<string, unknown> = {}) =>
  (await client.post("/responses", { model: "m", input: "hi there", background: true, ...extra }))
    .body as { id: string };

/**
 * How to make the emulator end an object the way each event reports, and the id the event
 * names (`data.id`, or the call's id). The object's own read is checked too, so the webhook
 * and the resource agree.
 */
type Scenario = (
  emulator: Emulator,
  client: Client,
) => Promise<{ id: string; read?: () => Promise<unknown> }>;

/** Scenarios that need work to take time (to cancel it first); the rest finish by the next read. */
const durations: Record<string, EmulatorOptions["durations"]> = {
  "response.cancelled": { response: 10_000 },
  "batch.cancelled": { batch: 60_000 },
  "fine_tuning.job.cancelled": { fineTuningJob: 60_000 },
  "eval.run.canceled": { evalRun: 60_000 },
  // Longer than the 24h completion window, so the window closes first.
  "batch.expired": { batch: 25 * 3600_000 },
};

const scenarios: Record<string, Scenario> = {
  "response.completed": async (_, client) => background(client),
  "response.failed": async (emulator, client) => {
    emulator.script({ error: { status: 500, message: "The model crashed." } });
    return background(client);
  },
  "response.cancelled": async (_, client) => {
    const response = await background(client);
    await client.post(`/responses/${response.id}/cancel`);
    return response;
  },
  "response.incomplete": async (emulator, client) => {
    emulator.script({ text: "word ".repeat(40) }); // 50 tokens, over the limit of 16
    const { id } = await background(client, { max_output_tokens: 16 });
    return {
      id,
      read: async () => {
        const read = (await client.get(`/responses/${id}`)).body;
        expect(read).toMatchObject({
          status: "incomplete",
          incomplete_details: { reason: "max_output_tokens" },
          usage: { output_tokens: 16 },
        });
        // Cut where the limit falls (four characters a token), the message marked unfinished.
        expect(read.output).toMatchObject([
          { status: "incomplete", content: [{ text: "word ".repeat(40).slice(0, 64) }] },
        ]);
        return read;
      },
    };
  },
  "batch.completed": async (_, client) => createBatch(client),
  "batch.failed": async (_, client) => {
    const { id } = await createBatch(client, [
      embeddingLine(),
      embeddingLine("/v1/chat/completions"),
    ]);
    return {
      id,
      read: async () => {
        const read = (await client.get(`/batches/${id}`)).body;
        expect(read).toMatchObject({
          status: "failed",
          errors: { data: [{ line: 2, param: "url" }] },
        });
        expect(read.failed_at).toBeTypeOf("number");
      },
    };
  },
  "batch.expired": async (emulator, client) => {
    const { id } = await createBatch(client);
    emulator.advance(24 * 3600_000);
    return {
      id,
      read: async () => {
        const read = (await client.get(`/batches/${id}`)).body;
        expect(read).toMatchObject({
          status: "expired",
          expired_at: read.expires_at,
          request_counts: { total: 1, completed: 0, failed: 1 },
        });
        const errors = await (await client.raw(`/files/${read.error_file_id}/content`)).text();
        expect(JSON.parse(errors)).toMatchObject({
          custom_id: "a",
          error: { code: "batch_expired" },
        });
      },
    };
  },
  "batch.cancelled": async (_, client) => {
    const batch = await createBatch(client);
    await client.post(`/batches/${batch.id}/cancel`);
    return batch;
  },
  "fine_tuning.job.succeeded": async (_, client) => createJob(client),
  "fine_tuning.job.failed": async (_, client) => {
    const { id } = await createJob(client, [JSON.stringify({ messages: [] }), "not json"]);
    return {
      id,
      read: async () => {
        const read = (await client.get(`/fine_tuning/jobs/${id}`)).body;
        expect(read).toMatchObject({
          status: "failed",
          fine_tuned_model: null,
          error: { code: "invalid_training_file", param: "training_file" },
        });
        expect(read.error.message).toMatch(/Line 2/);
        const events = (await client.get(`/fine_tuning/jobs/${id}/events`)).body.data;
        expect(events.map((e: { level: string }) => e.level)).toContain("error");
      },
    };
  },
  "fine_tuning.job.cancelled": async (_, client) => {
    const job = await createJob(client);
    await client.post(`/fine_tuning/jobs/${job.id}/cancel`);
    return job;
  },
  "eval.run.succeeded": async (_, client) => createRun(client),
  "eval.run.failed": async (emulator, client) => {
    emulator.script({ for: "chat", error: { status: 500, message: "Sampling failed." } });
    const { evalId, id } = await createRun(client, true);
    return {
      id,
      read: async () => {
        const read = (await client.get(`/evals/${evalId}/runs/${id}`)).body;
        expect(read).toMatchObject({
          status: "failed",
          error: { code: "server_error", message: "Sampling failed." },
        });
        const cancel = await client.post(`/evals/${evalId}/runs/${id}`);
        expect(cancel.status).toBe(400);
      },
    };
  },
  "eval.run.canceled": async (_, client) => {
    const run = await createRun(client);
    await client.post(`/evals/${run.evalId}/runs/${run.id}`);
    return run;
  },
  "realtime.call.incoming": async (emulator) => ({ id: emulator.webhooks.incomingCall() }),
  "live.call.incoming": async (emulator) => ({
    id: emulator.webhooks.incomingCall({ live: true }),
  }),
};

/** The id an event names: the object's `data.id`, a call's `call_id` or `session_id`. */
const namedId = (event: WebhookEvent | UnknownWebhookEvent) => {
  const data = event.data as { id?: string; call_id?: string; session_id?: string };
  return data.id ?? data.call_id ?? data.session_id;
};

describe("every webhook event the spec defines, posted by the emulator", () => {
  it("has a scenario for each event type, and no other", () => {
    expect(Object.keys(scenarios).sort()).toEqual([...webhookEventTypes].sort());
  });

  it.each(Object.keys(scenarios))(
    "%s: signed, accepted by unwrapWebhook (schema-checked), naming the object",
    async (type) => {
      const { url, events, refused } = await receiver();
      // Subscribed to this one type, so the one event that arrives is the one the scenario ended in.
      const emulator = createEmulator({
        webhooks: [{ url, secret, events: [type] }],
        durations: durations[type] ?? {},
      });
      const client = api(emulator.fetch);
      const { id, read } = await scenarios[type]!(emulator, client);
      await emulator.webhooks.settled();
      expect(refused).toEqual([]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ object: "event", type });
      expect(namedId(events[0]!)).toBe(id);
      expect(emulator.webhooks.deliveries).toMatchObject([{ state: "delivered" }]);
      await read?.();
      await emulator.close();
    },
  );
});
