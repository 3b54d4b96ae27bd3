import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const addPart = (client: ReturnType<typeof api>, uploadId: string, text: string) => {
  const form = new FormData();
  form.append("data", new Blob([text]));
  return client.post(`/uploads/${uploadId}/parts`, form);
};

describe("/v1/uploads", () => {
  it("assembles parts in the order given into a file", async () => {
    const client = api(createEmulator().fetch);
    const upload = await client.post("/uploads", {
      filename: "big.txt",
      purpose: "assistants",
      bytes: 11,
      mime_type: "text/plain",
    });
    expect(upload.body).toMatchObject({ object: "upload", status: "pending", file: null });
    const world = await addPart(client, upload.body.id, "world");
    const hello = await addPart(client, upload.body.id, "hello ");
    expect(world.body).toMatchObject({ object: "upload.part", upload_id: upload.body.id });
    const done = await client.post(`/uploads/${upload.body.id}/complete`, {
      part_ids: [hello.body.id, world.body.id],
    });
    expect(done.body.status).toBe("completed");
    expect(done.body.file).toMatchObject({ object: "file", filename: "big.txt", bytes: 11 });
    const content = await client.raw(`/files/${done.body.file.id}/content`);
    expect(await content.text()).toBe("hello world");
  });

  it("refuses to complete when the parts do not add up to the declared size", async () => {
    const client = api(createEmulator().fetch);
    const upload = await client.post("/uploads", {
      filename: "x",
      purpose: "batch",
      bytes: 100,
      mime_type: "text/jsonl",
    });
    const part = await addPart(client, upload.body.id, "short");
    const done = await client.post(`/uploads/${upload.body.id}/complete`, {
      part_ids: [part.body.id],
    });
    expect(done.status).toBe(400);
    expect(done.body.error.param).toBe("part_ids");
  });

  it("accepts nothing more once cancelled or expired", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const create = () =>
      client.post("/uploads", {
        filename: "x",
        purpose: "batch",
        bytes: 1,
        mime_type: "text/plain",
      });
    const cancelled = (await create()).body;
    expect((await client.post(`/uploads/${cancelled.id}/cancel`)).body.status).toBe("cancelled");
    expect((await addPart(client, cancelled.id, "x")).status).toBe(400);
    const stale = (await create()).body;
    emulator.advance(3_600_000);
    const late = await addPart(client, stale.id, "x");
    expect(late.status).toBe(400);
    expect(late.body.error.message).toContain("expired");
  });
});
