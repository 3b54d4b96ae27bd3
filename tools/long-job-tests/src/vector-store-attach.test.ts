import { type Client, createClient } from "@oaikit/core";
import { createFile } from "@oaikit/files";
import { createEmulator, type Emulator } from "@oaikit/testing";
import {
  createFileBatchAndWait,
  createVectorStore,
  listVectorStoreFiles,
  searchVectorStore,
  type UploadAndAttachProgress,
  uploadAndAttach,
} from "@oaikit/vector-stores";
import { beforeEach, describe, expect, it } from "vitest";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator({ durations: { vectorStoreFile: 2_000 } });
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

describe("uploadAndAttach", () => {
  it("uploads every file, attaches them as one batch and waits until they are processed", async () => {
    const store = await createVectorStore(client, { name: "docs" });
    const files = [
      new File(["The sky is blue."], "sky.txt"),
      new File(["Grass is green."], "grass.md"),
      new File(["a,b"], "table.xyz"),
    ];
    const progress: UploadAndAttachProgress[] = [];
    const batch = await uploadAndAttach(client, store.id, files, {
      concurrency: 2,
      intervalMs: 1,
      onProgress: (event) => {
        progress.push(event);
        if (event.batch) emulator.advance(1_000);
      },
    });
    expect(batch).toMatchObject({
      status: "completed",
      file_counts: { total: 3, completed: 2, failed: 1 },
    });
    expect(progress.filter((event) => !event.batch).map((event) => event.uploaded)).toEqual([
      1, 2, 3,
    ]);
    expect(progress.some((event) => event.batch?.status === "in_progress")).toBe(true);
    const ops = emulator.requests.map((r) => r.operationId);
    expect(ops.filter((op) => op === "createFile")).toHaveLength(3);
    expect(ops.filter((op) => op === "createVectorStoreFileBatch")).toHaveLength(1);
    const attached = await listVectorStoreFiles(client, { vector_store_id: store.id });
    expect(attached.data).toHaveLength(3);
    const hits = await searchVectorStore(client, { vector_store_id: store.id, query: "sky" });
    expect(hits.data[0]).toMatchObject({ filename: "sky.txt" });
  });

  it("refuses an empty list by name", async () => {
    await expect(uploadAndAttach(client, "vs_1", [])).rejects.toMatchObject({ path: "files" });
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("createFileBatchAndWait", () => {
  it("attaches uploaded files and resolves with the processed batch", async () => {
    const store = await createVectorStore(client, { name: "docs" });
    const file = await createFile(client, {
      file: new File(["notes"], "notes.txt"),
      purpose: "assistants",
    });
    const statuses: string[] = [];
    const batch = await createFileBatchAndWait(
      client,
      { vector_store_id: store.id, file_ids: [file.id] },
      {
        intervalMs: 1,
        onProgress: (read) => {
          statuses.push(read.status);
          emulator.advance(1_000);
        },
      },
    );
    expect(batch).toMatchObject({ status: "completed", file_counts: { completed: 1 } });
    expect(statuses).toEqual(["in_progress", "in_progress"]);
  });
});
