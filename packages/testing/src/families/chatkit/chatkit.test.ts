import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const session = (client: ReturnType<typeof api>, user: string, extra = {}) =>
  client.post("/chatkit/sessions", { user, workflow: { id: "wf_1" }, ...extra });

describe("/v1/chatkit", () => {
  it("creates a session with a client secret, and a thread for its user", async () => {
    const client = api(createEmulator().fetch);
    const created = (await session(client, "ada")).body;
    expect(created).toMatchObject({ object: "chatkit.session", status: "active", user: "ada" });
    expect(created.client_secret).toMatch(/^ek_/);
    await session(client, "bob");
    const threads = (await client.get("/chatkit/threads?user=ada")).body.data;
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      object: "chatkit.thread",
      user: "ada",
      status: { type: "active" },
    });
  });

  it("expires a session on the emulator clock, and cancels a live one", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const short = (
      await session(client, "ada", { expires_after: { anchor: "created_at", seconds: 60 } })
    ).body;
    emulator.advance(60_000);
    expect((await client.post(`/chatkit/sessions/${short.id}/cancel`)).body.status).toBe("expired");
    const live = (await session(client, "ada")).body;
    expect((await client.post(`/chatkit/sessions/${live.id}/cancel`)).body.status).toBe(
      "cancelled",
    );
  });
});
