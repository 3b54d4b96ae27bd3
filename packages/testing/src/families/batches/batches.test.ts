import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const uploadBatchInput = async (client: ReturnType<typeof api>, lines: unknown[]) => {
  const form = new FormData();
  form.append("purpose", "batch");
  form.append("file", new File([lines.map((l) => JSON.stringify(l)).join("\n")], "input.jsonl"));
  return (await client.post("/files", form)).body.id as string;
};

const chatLine = (id: string, text: string) => ({
  custom_id: id,
  method: "POST",
  url: "/v1/chat/completions",
  body: { model: "gpt-4o", messages: [{ role: "user", content: text }] },
});

describe("/v1/batches", () => {
  it("runs each line through the emulator and writes output and error files", async () => {
    const emulator = createEmulator({ durations: { batch: 60_000 } });
    const client = api(emulator.fetch);
    const inputId = await uploadBatchInput(client, [
      chatLine("a", "first"),
      chatLine("b", "second"),
      { custom_id: "bad", method: "POST", url: "/v1/chat/completions", body: { model: "m" } },
    ]);
    const created = await client.post("/batches", {
      input_file_id: inputId,
      endpoint: "/v1/chat/completions",
      completion_window: "24h",
    });
    expect(created.body).toMatchObject({
      object: "batch",
      status: "validating",
    });
    expect(created.body.output_file_id).toBeUndefined();
    expect((await client.get(`/batches/${created.body.id}`)).body.status).toBe("in_progress");
    emulator.advance(60_000);
    const done = (await client.get(`/batches/${created.body.id}`)).body;
    expect(done).toMatchObject({
      status: "completed",
      request_counts: { total: 3, completed: 2, failed: 1 },
    });
    const output = await (await client.raw(`/files/${done.output_file_id}/content`)).text();
    const records = output
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.custom_id)).toEqual(["a", "b"]);
    expect(records[1].response.body.choices[0].message.content).toBe("Echo: second");
    const errors = await (await client.raw(`/files/${done.error_file_id}/content`)).text();
    const failed = JSON.parse(errors.trim());
    expect(failed).toMatchObject({ custom_id: "bad", response: { status_code: 400 } });
    expect(failed.response.body.error.param).toBe("messages");
  });

  it("can be cancelled while in progress", async () => {
    const emulator = createEmulator({ durations: { batch: 60_000 } });
    const client = api(emulator.fetch);
    const inputId = await uploadBatchInput(client, [chatLine("a", "x")]);
    const { body } = await client.post("/batches", {
      input_file_id: inputId,
      endpoint: "/v1/chat/completions",
      completion_window: "24h",
    });
    expect((await client.post(`/batches/${body.id}/cancel`)).body.status).toBe("cancelling");
    emulator.advance(60_000);
    const after = (await client.get(`/batches/${body.id}`)).body;
    expect(after.status).toBe("cancelled");
    expect(after.output_file_id).toBeUndefined();
  });

  it("lists batches newest first", async () => {
    const client = api(createEmulator().fetch);
    const inputId = await uploadBatchInput(client, [chatLine("a", "x")]);
    const make = async () =>
      (
        await client.post("/batches", {
          input_file_id: inputId,
          endpoint: "/v1/chat/completions",
          completion_window: "24h",
        })
      ).body.id;
    const first = await make();
    const second = await make();
    expect((await client.get("/batches")).body.data.map((b: any) => b.id)).toEqual([second, first]);
  });

  it("rejects an unknown input file and an unsupported endpoint naming the field", async () => {
    const client = api(createEmulator().fetch);
    const missing = await client.post("/batches", {
      input_file_id: "file-nope",
      endpoint: "/v1/chat/completions",
      completion_window: "24h",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe("input_file_id");
    const badEndpoint = await client.post("/batches", {
      input_file_id: "file-nope",
      endpoint: "/v1/images",
      completion_window: "24h",
    });
    expect(badEndpoint.body.error.param).toBe("endpoint");
  });
});
