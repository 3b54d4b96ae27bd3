import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const upload = (
  client: ReturnType<typeof api>,
  name: string,
  text: string,
  purpose = "assistants",
) => {
  const form = new FormData();
  form.append("purpose", purpose);
  form.append("file", new File([text], name, { type: "text/plain" }));
  return client.post("/files", form);
};

describe("/v1/files", () => {
  it("uploads a multipart file and describes it", async () => {
    const client = api(createEmulator().fetch);
    const { status, body } = await upload(client, "notes.txt", "hello file");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: "file",
      filename: "notes.txt",
      purpose: "assistants",
      bytes: new TextEncoder().encode("hello file").length,
      status: "processed",
    });
    expect(body.id).toMatch(/^file-/);
  });

  it("serves the exact uploaded bytes as the content", async () => {
    const client = api(createEmulator().fetch);
    const text = "line 1\nline 2 ünïcödé\n";
    const { body } = await upload(client, "a.txt", text);
    const response = await client.raw(`/files/${body.id}/content`);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(await response.text()).toBe(text);
  });

  it("lists newest first, filters by purpose and pages with after and limit", async () => {
    const client = api(createEmulator().fetch);
    const ids = [];
    for (const name of ["a", "b", "c"]) ids.push((await upload(client, name, name)).body.id);
    await upload(client, "batch.jsonl", "{}", "batch");
    const page = await client.get("/files?purpose=assistants&limit=2");
    expect(page.body.data.map((f: any) => f.id)).toEqual([ids[2], ids[1]]);
    expect(page.body.has_more).toBe(true);
    const next = await client.get(`/files?purpose=assistants&limit=2&after=${page.body.last_id}`);
    expect(next.body.data.map((f: any) => f.id)).toEqual([ids[0]]);
    expect(next.body.has_more).toBe(false);
    const asc = await client.get("/files?purpose=assistants&order=asc");
    expect(asc.body.data.map((f: any) => f.id)).toEqual(ids);
  });

  it("retrieves and deletes a file, then answers 404 for it", async () => {
    const client = api(createEmulator().fetch);
    const { body } = await upload(client, "x.txt", "x");
    expect((await client.get(`/files/${body.id}`)).body).toEqual(body);
    expect((await client.delete(`/files/${body.id}`)).body).toEqual({
      id: body.id,
      object: "file",
      deleted: true,
    });
    const gone = await client.get(`/files/${body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain(body.id);
  });

  it("rejects an upload without a file, or with an unknown purpose, naming the field", async () => {
    const client = api(createEmulator().fetch);
    const noFile = new FormData();
    noFile.append("purpose", "assistants");
    const missing = await client.post("/files", noFile);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ param: "file", code: "missing_required_parameter" });
    const wrong = await upload(client, "x.txt", "x", "nonsense");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.param).toBe("purpose");
  });
});
