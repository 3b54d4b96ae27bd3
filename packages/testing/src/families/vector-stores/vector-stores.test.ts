import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const uploadText = async (client: ReturnType<typeof api>, name: string, text: string) => {
  const form = new FormData();
  form.append("purpose", "assistants");
  form.append("file", new File([text], name));
  return (await client.post("/files", form)).body.id as string;
};

describe("/v1/vector_stores", () => {
  it("fails a file of a type file search cannot read, with its last_error", async () => {
    const emulator = createEmulator({ durations: { vectorStoreFile: 1_000 } });
    const client = api(emulator.fetch);
    const store = (await client.post("/vector_stores", { name: "docs" })).body;
    const fileId = await uploadText(client, "table.xyz", "a,b");
    const attached = await client.post(`/vector_stores/${store.id}/files`, { file_id: fileId });
    expect(attached.body).toMatchObject({ status: "in_progress", last_error: null });
    emulator.advance(1_000);
    expect((await client.get(`/vector_stores/${store.id}/files/${fileId}`)).body).toMatchObject({
      status: "failed",
      last_error: { code: "unsupported_file" },
    });
    expect((await client.get(`/vector_stores/${store.id}`)).body.file_counts).toMatchObject({
      failed: 1,
      completed: 0,
    });
  });

  it("creates a store with files and counts them as completed", async () => {
    const client = api(createEmulator().fetch);
    const fileId = await uploadText(client, "a.txt", "apples and pears");
    const { body } = await client.post("/vector_stores", { name: "docs", file_ids: [fileId] });
    expect(body).toMatchObject({ object: "vector_store", name: "docs", status: "completed" });
    expect(body.file_counts).toEqual({
      in_progress: 0,
      completed: 1,
      failed: 0,
      cancelled: 0,
      total: 1,
    });
    expect(body.usage_bytes).toBe("apples and pears".length);
  });

  it("searches stored text and ranks chunks by the query terms they contain", async () => {
    const client = api(createEmulator().fetch);
    const both = await uploadText(client, "both.txt", "The emulator speaks HTTP and WebSocket.");
    const one = await uploadText(client, "one.txt", "An HTTP server on loopback.");
    await uploadText(client, "none.txt", "Nothing relevant here.");
    const store = (await client.post("/vector_stores", { file_ids: [both, one] })).body;
    const { body } = await client.post(`/vector_stores/${store.id}/search`, {
      query: "websocket http",
    });
    expect(body).toMatchObject({
      object: "vector_store.search_results.page",
      search_query: ["websocket http"],
    });
    expect(body.data.map((r: any) => [r.file_id, r.score])).toEqual([
      [both, 1],
      [one, 0.5],
    ]);
    expect(body.data[0]).toMatchObject({ filename: "both.txt", content: [{ type: "text" }] });
  });

  it("filters search results on file attributes", async () => {
    const client = api(createEmulator().fetch);
    const store = (await client.post("/vector_stores", {})).body;
    for (const [name, year] of [
      ["old.txt", 2020],
      ["new.txt", 2025],
    ] as const) {
      const fileId = await uploadText(client, name, "quarterly report");
      await client.post(`/vector_stores/${store.id}/files`, {
        file_id: fileId,
        attributes: { year },
      });
    }
    const { body } = await client.post(`/vector_stores/${store.id}/search`, {
      query: "report",
      filters: { type: "gte", key: "year", value: 2024 },
    });
    expect(body.data.map((r: any) => r.filename)).toEqual(["new.txt"]);
  });

  it("keeps files in progress until the clock passes their processing time", async () => {
    const emulator = createEmulator({ durations: { vectorStoreFile: 1_000 } });
    const client = api(emulator.fetch);
    const fileId = await uploadText(client, "a.txt", "slow words");
    const store = (await client.post("/vector_stores", { file_ids: [fileId] })).body;
    expect(store.status).toBe("in_progress");
    const early = await client.post(`/vector_stores/${store.id}/search`, { query: "slow" });
    expect(early.body.data).toEqual([]);
    emulator.advance(1_000);
    expect((await client.get(`/vector_stores/${store.id}/files/${fileId}`)).body.status).toBe(
      "completed",
    );
    const late = await client.post(`/vector_stores/${store.id}/search`, { query: "slow" });
    expect(late.body.data).toHaveLength(1);
  });

  it("lists, updates attributes of, reads and deletes vector store files", async () => {
    const client = api(createEmulator().fetch);
    const store = (await client.post("/vector_stores", { name: "s" })).body;
    const fileId = await uploadText(client, "f.txt", "file body");
    await client.post(`/vector_stores/${store.id}/files`, { file_id: fileId });
    const list = await client.get(`/vector_stores/${store.id}/files`);
    expect(list.body.data.map((f: any) => f.id)).toEqual([fileId]);
    const updated = await client.post(`/vector_stores/${store.id}/files/${fileId}`, {
      attributes: { k: "v" },
    });
    expect(updated.body.attributes).toEqual({ k: "v" });
    const content = await client.get(`/vector_stores/${store.id}/files/${fileId}/content`);
    expect(content.body.data).toEqual([{ type: "text", text: "file body" }]);
    const deleted = await client.delete(`/vector_stores/${store.id}/files/${fileId}`);
    expect(deleted.body).toEqual({
      id: fileId,
      object: "vector_store.file.deleted",
      deleted: true,
    });
    expect((await client.get(`/vector_stores/${store.id}/files/${fileId}`)).status).toBe(404);
  });

  it("attaches files in batches and lists the batch's files", async () => {
    const client = api(createEmulator().fetch);
    const store = (await client.post("/vector_stores", {})).body;
    const ids = [
      await uploadText(client, "1.txt", "one"),
      await uploadText(client, "2.txt", "two"),
    ];
    const batch = (await client.post(`/vector_stores/${store.id}/file_batches`, { file_ids: ids }))
      .body;
    expect(batch).toMatchObject({ object: "vector_store.files_batch", vector_store_id: store.id });
    const fetched = await client.get(`/vector_stores/${store.id}/file_batches/${batch.id}`);
    expect(fetched.body.file_counts).toMatchObject({ completed: 2, total: 2 });
    const files = await client.get(
      `/vector_stores/${store.id}/file_batches/${batch.id}/files?order=asc`,
    );
    expect(files.body.data.map((f: any) => f.id)).toEqual(ids);
  });

  it("modifies, lists and deletes vector stores, and 404s unknown ones", async () => {
    const client = api(createEmulator().fetch);
    const store = (await client.post("/vector_stores", { name: "before" })).body;
    const renamed = await client.post(`/vector_stores/${store.id}`, {
      name: "after",
      metadata: { a: "1" },
    });
    expect(renamed.body).toMatchObject({ name: "after", metadata: { a: "1" } });
    expect((await client.get("/vector_stores")).body.data.map((s: any) => s.id)).toEqual([
      store.id,
    ]);
    expect((await client.delete(`/vector_stores/${store.id}`)).body).toEqual({
      id: store.id,
      object: "vector_store.deleted",
      deleted: true,
    });
    const missing = await client.get(`/vector_stores/${store.id}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.param).toBe("vector_store_id");
  });

  it("rejects attaching a file that was never uploaded", async () => {
    const client = api(createEmulator().fetch);
    const { status, body } = await client.post("/vector_stores", { file_ids: ["file-missing"] });
    expect(status).toBe(400);
    expect(body.error.param).toBe("file_id");
  });
});
