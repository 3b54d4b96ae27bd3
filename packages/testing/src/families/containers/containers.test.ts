import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("/v1/containers", () => {
  it("holds uploaded files and serves their bytes back", async () => {
    const client = api(createEmulator().fetch);
    const container = (await client.post("/containers", { name: "box" })).body;
    expect(container).toMatchObject({ object: "container", status: "running", name: "box" });
    const form = new FormData();
    form.append("file", new File(["print(1)"], "main.py"));
    const file = (await client.post(`/containers/${container.id}/files`, form)).body;
    expect(file).toMatchObject({ path: "/mnt/data/main.py", bytes: 8, container_id: container.id });
    const content = await client.raw(`/containers/${container.id}/files/${file.id}/content`);
    expect(await content.text()).toBe("print(1)");
  });

  it("copies uploaded files in by id, at creation or later", async () => {
    const client = api(createEmulator().fetch);
    const form = new FormData();
    form.append("purpose", "user_data");
    form.append("file", new File(["csv"], "data.csv"));
    const uploaded = (await client.post("/files", form)).body;
    const container = (await client.post("/containers", { name: "box", file_ids: [uploaded.id] }))
      .body;
    const files = (await client.get(`/containers/${container.id}/files`)).body.data;
    expect(files.map((f: any) => f.path)).toEqual(["/mnt/data/data.csv"]);
    const missing = await client.post(`/containers/${container.id}/files`, {
      file_id: "file-nope",
    });
    expect(missing.body.error.param).toBe("file_id");
  });

  it("expires after its idle minutes on the emulator clock", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const container = (
      await client.post("/containers", {
        name: "box",
        expires_after: { anchor: "last_active_at", minutes: 1 },
      })
    ).body;
    emulator.advance(61_000);
    expect((await client.get(`/containers/${container.id}`)).body.status).toBe("expired");
  });
});
