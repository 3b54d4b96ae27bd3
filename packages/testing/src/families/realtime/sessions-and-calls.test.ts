import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("/v1/realtime REST", () => {
  it("mints a client secret holding the asked session, expiring as asked", async () => {
    const emulator = createEmulator({ startTime: 1_000_000 });
    const { body } = await api(emulator.fetch).post("/realtime/client_secrets", {
      expires_after: { anchor: "created_at", seconds: 120 },
      session: { type: "realtime", model: "gpt-realtime", instructions: "Hi" },
    });
    expect(body.value).toMatch(/^ek_/);
    expect(body.expires_at).toBe(1_000 + 120);
    expect(body.session).toMatchObject({
      type: "realtime",
      object: "realtime.session",
      instructions: "Hi",
    });
  });

  it("answers an SDP offer with an SDP answer and the call's location, then controls the call", async () => {
    const client = api(createEmulator().fetch);
    const response = await client.raw("/realtime/calls", {
      method: "POST",
      headers: { "content-type": "application/sdp" },
      body: "v=0\r\n",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/sdp");
    expect(await response.text()).toMatch(/^v=0\r\n/);
    const path = response.headers.get("location")!.replace(/^\/v1/, "");
    expect((await client.post(`${path}/hangup`)).status).toBe(200);
    expect((await client.post("/realtime/calls/rtc_nope/hangup")).status).toBe(404);
  });
});
