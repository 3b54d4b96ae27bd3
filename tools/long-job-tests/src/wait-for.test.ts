import { cancelBatch, createBatch, waitForBatch } from "@oaikit/batches";
import { APIUserAbortError, type Client, createClient, PollTimeoutError } from "@oaikit/core";
import { createEval, createEvalRun, waitForEvalRun } from "@oaikit/evals";
import { createFile } from "@oaikit/files";
import { createFineTuningJob, waitForFineTuningJob } from "@oaikit/fine-tuning";
import { createResponse, waitForResponse } from "@oaikit/responses";
import { createEmulator, type Emulator, type EmulatorOptions } from "@oaikit/testing";
import {
  createVectorStore,
  createVectorStoreFile,
  createVectorStoreFileBatch,
  waitForVectorStoreFile,
  waitForVectorStoreFileBatch,
} from "@oaikit/vector-stores";
import { createVideo, waitForVideo } from "@oaikit/videos";
import { describe, expect, it } from "vitest";

const setup = (options: EmulatorOptions = {}): { emulator: Emulator; client: Client } => {
  const emulator = createEmulator(options);
  const client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
  return { emulator, client };
};

/** Each wait moves the emulator clock by `stepMs`, so the object passes through its states. */
const stepping = (emulator: Emulator, stepMs: number, statuses: string[]) => ({
  intervalMs: 1,
  onProgress: (value: { status?: string | null }) => {
    statuses.push(String(value.status));
    emulator.advance(stepMs);
  },
});

const upload = (
  client: Client,
  name: string,
  text: string,
  purpose: "batch" | "assistants" | "fine-tune",
) => createFile(client, { file: new File([text], name), purpose });

const chatLine = (customId: string, text: string) =>
  JSON.stringify({
    custom_id: customId,
    method: "POST",
    url: "/v1/chat/completions",
    body: { model: "gpt-4o", messages: [{ role: "user", content: text }] },
  });

describe("waitForBatch", () => {
  const start = async (client: Client, lines: string[]) => {
    const input = await upload(client, "input.jsonl", lines.join("\n"), "batch");
    return createBatch(client, {
      input_file_id: input.id,
      endpoint: "/v1/chat/completions",
      completion_window: "24h",
    });
  };

  it("waits through in_progress to completed", async () => {
    const { emulator, client } = setup({ durations: { batch: 60_000 } });
    const batch = await start(client, [chatLine("a", "one"), chatLine("b", "two")]);
    const statuses: string[] = [];
    const done = await waitForBatch(
      client,
      { batch_id: batch.id },
      stepping(emulator, 20_000, statuses),
    );
    expect(done).toMatchObject({ id: batch.id, status: "completed" });
    expect(done.request_counts).toMatchObject({ total: 2, completed: 2 });
    expect(statuses).toEqual(["in_progress", "in_progress", "in_progress"]);
  });

  it("resolves with a failed batch, its errors naming the bad lines", async () => {
    const { client } = setup();
    const batch = await start(client, [chatLine("a", "one"), "{oops"]);
    const failed = await waitForBatch(client, { batch_id: batch.id }, { intervalMs: 1 });
    expect(failed.status).toBe("failed");
    expect(failed.errors?.data?.[0]).toMatchObject({ line: 2, code: "invalid_json_line" });
  });

  it("resolves with an expired batch, and with a cancelled one", async () => {
    const { emulator, client } = setup({ durations: { batch: 25 * 3_600_000 } });
    const late = await start(client, [chatLine("a", "one")]);
    const stopped = await start(client, [chatLine("a", "one")]);
    await cancelBatch(client, { batch_id: stopped.id });
    expect((await waitForBatch(client, { batch_id: stopped.id }, { intervalMs: 1 })).status).toBe(
      "cancelled",
    );
    const expired = await waitForBatch(
      client,
      { batch_id: late.id },
      stepping(emulator, 12 * 3_600_000, []),
    );
    expect(expired.status).toBe("expired");
  });

  it("times out naming the batch, with the last batch read", async () => {
    const { client } = setup({ durations: { batch: 60_000 } });
    const batch = await start(client, [chatLine("a", "one")]);
    const failure = await waitForBatch(
      client,
      { batch_id: batch.id },
      { intervalMs: 1, timeoutMs: 20 },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PollTimeoutError);
    expect((failure as PollTimeoutError).message).toBe(
      `Gave up waiting for batch ${batch.id} to end after 20 ms.`,
    );
    expect((failure as PollTimeoutError).last).toMatchObject({ status: "in_progress" });
  });

  it("stops on abort", async () => {
    const { client } = setup({ durations: { batch: 60_000 } });
    const batch = await start(client, [chatLine("a", "one")]);
    const controller = new AbortController();
    const waiting = waitForBatch(
      client,
      { batch_id: batch.id },
      { intervalMs: 60_000, signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("waitForVectorStoreFile and waitForVectorStoreFileBatch", () => {
  it("waits for a file to be processed, or to fail", async () => {
    const { emulator, client } = setup({ durations: { vectorStoreFile: 3_000 } });
    const store = await createVectorStore(client, { name: "docs" });
    const good = await upload(client, "notes.txt", "The sky is blue.", "assistants");
    const bad = await upload(client, "table.xyz", "a,b", "assistants");
    await createVectorStoreFile(client, { vector_store_id: store.id, file_id: good.id });
    await createVectorStoreFile(client, { vector_store_id: store.id, file_id: bad.id });
    const statuses: string[] = [];
    const done = await waitForVectorStoreFile(
      client,
      { vector_store_id: store.id, file_id: good.id },
      stepping(emulator, 1_000, statuses),
    );
    expect(done.status).toBe("completed");
    expect(statuses).toEqual(["in_progress", "in_progress", "in_progress"]);
    const failed = await waitForVectorStoreFile(
      client,
      { vector_store_id: store.id, file_id: bad.id },
      { intervalMs: 1 },
    );
    expect(failed).toMatchObject({ status: "failed", last_error: { code: "unsupported_file" } });
  });

  it("waits for a file batch, counting its files", async () => {
    const { emulator, client } = setup({ durations: { vectorStoreFile: 2_000 } });
    const store = await createVectorStore(client, { name: "docs" });
    const files = await Promise.all(
      ["a.txt", "b.md"].map((name) => upload(client, name, `text of ${name}`, "assistants")),
    );
    const batch = await createVectorStoreFileBatch(client, {
      vector_store_id: store.id,
      file_ids: files.map((file) => file.id),
    });
    const statuses: string[] = [];
    const done = await waitForVectorStoreFileBatch(
      client,
      { vector_store_id: store.id, batch_id: batch.id },
      stepping(emulator, 1_000, statuses),
    );
    expect(done).toMatchObject({ status: "completed", file_counts: { completed: 2, total: 2 } });
    expect(statuses).toEqual(["in_progress", "in_progress"]);
  });
});

describe("waitForFineTuningJob", () => {
  it("waits from validating through queued and running to succeeded", async () => {
    const { emulator, client } = setup({ durations: { fineTuningJob: 60_000 } });
    const training = await upload(client, "train.jsonl", '{"messages":[]}\n', "fine-tune");
    const job = await createFineTuningJob(client, {
      model: "gpt-4o-mini",
      training_file: training.id,
    });
    const statuses: string[] = [];
    const done = await waitForFineTuningJob(
      client,
      { fine_tuning_job_id: job.id },
      stepping(emulator, 20_000, statuses),
    );
    expect(done.status).toBe("succeeded");
    expect(done.fine_tuned_model).toMatch(/^ft:gpt-4o-mini:/);
    expect(statuses).toEqual(["queued", "running", "running"]);
  });

  it("resolves with a job failed by a bad training file", async () => {
    const { emulator, client } = setup({ durations: { fineTuningJob: 60_000 } });
    const training = await upload(client, "train.jsonl", "not json\n", "fine-tune");
    const job = await createFineTuningJob(client, {
      model: "gpt-4o-mini",
      training_file: training.id,
    });
    const failed = await waitForFineTuningJob(
      client,
      { fine_tuning_job_id: job.id },
      { ...stepping(emulator, 20_000, []), timeoutMs: 60_000 },
    );
    expect(failed).toMatchObject({ status: "failed", error: { code: "invalid_training_file" } });
  });
});

describe("waitForVideo", () => {
  it("waits for a video to render, and resolves with one moderation failed", async () => {
    const { emulator, client } = setup({
      durations: { video: 10_000 },
      moderate: (text) => (text.includes("storm") ? ["violence"] : []),
    });
    const boat = await createVideo(client, { prompt: "a paper boat", seconds: "8" });
    const storm = await createVideo(client, { prompt: "a storm of blades", seconds: "8" });
    const progress: number[] = [];
    const done = await waitForVideo(
      client,
      { video_id: boat.id },
      {
        intervalMs: 1,
        onProgress: (video) => {
          progress.push(video.progress);
          emulator.advance(4_000);
        },
      },
    );
    expect(done).toMatchObject({ status: "completed", progress: 100 });
    expect(progress).toEqual([0, 40, 80]);
    const failed = await waitForVideo(client, { video_id: storm.id }, { intervalMs: 1 });
    expect(failed).toMatchObject({ status: "failed", error: { code: "moderation_blocked" } });
  });
});

describe("waitForEvalRun", () => {
  it("waits for a run to be graded", async () => {
    const { emulator, client } = setup({ durations: { evalRun: 5_000 } });
    const evaluation = await createEval(client, {
      name: "math",
      data_source_config: { type: "custom", item_schema: { type: "object" } },
      testing_criteria: [
        {
          type: "string_check",
          name: "exact",
          input: "{{sample.output_text}}",
          reference: "{{item.answer}}",
          operation: "eq",
        },
      ],
    });
    const run = await createEvalRun(client, {
      eval_id: evaluation.id,
      data_source: {
        type: "jsonl",
        source: {
          type: "file_content",
          content: [
            { item: { answer: "4" }, sample: { output_text: "4" } },
            { item: { answer: "6" }, sample: { output_text: "7" } },
          ],
        },
      },
    });
    const statuses: string[] = [];
    const done = await waitForEvalRun(
      client,
      { eval_id: evaluation.id, run_id: run.id },
      stepping(emulator, 2_500, statuses),
    );
    expect(done).toMatchObject({
      status: "completed",
      result_counts: { total: 2, passed: 1, failed: 1 },
    });
    expect(statuses).toEqual(["in_progress", "in_progress"]);
  });
});

describe("waitForResponse", () => {
  it("waits for a background response to complete, or to fail", async () => {
    const { emulator, client } = setup({ durations: { response: 3_000 } });
    const queued = await createResponse(client, {
      model: "gpt-5.1",
      input: "Hello",
      background: true,
    });
    expect(queued.status).toBe("queued");
    const statuses: string[] = [];
    const done = await waitForResponse(
      client,
      { response_id: queued.id },
      stepping(emulator, 1_000, statuses),
    );
    expect(done.status).toBe("completed");
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === "queued" || status === "in_progress")).toBe(true);

    emulator.script({ error: { status: 500 } });
    const doomed = await createResponse(client, {
      model: "gpt-5.1",
      input: "Hello",
      background: true,
    });
    const failed = await waitForResponse(
      client,
      { response_id: doomed.id },
      stepping(emulator, 1_000, []),
    );
    expect(failed.status).toBe("failed");
  });
});
