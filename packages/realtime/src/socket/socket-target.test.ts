import { createClient, ValidationError } from "@oaikit/core";
import { afterEach, describe, expect, it } from "vitest";
import { type RawServer, sessionCreated, startRawServer } from "../../test-support/raw-server.js";
import { connectRealtime } from "../connection/connect-realtime.js";
import { socketTarget, socketUrl } from "./socket-target.js";

let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the Realtime WebSocket URL", () => {
  it("swaps https for wss and http for ws under the base URL, with the client's default query", () => {
    const secure = createClient({ apiKey: "sk-x", baseURL: "https://api.example.com/v1/" });
    expect(socketUrl(secure, "/realtime", { model: "gpt-realtime", call_id: undefined })).toBe(
      "wss://api.example.com/v1/realtime?model=gpt-realtime",
    );
    const plain = createClient({
      apiKey: "sk-x",
      baseURL: "http://127.0.0.1:9/openai/v1",
      defaultQuery: { "api-version": "2025-01-01" },
    });
    expect(socketUrl(plain, "/realtime", { call_id: "rtc_1" })).toBe(
      "ws://127.0.0.1:9/openai/v1/realtime?api-version=2025-01-01&call_id=rtc_1",
    );
  });
});

describe("authentication", () => {
  it("sends the key, organization and project as headers where the runtime allows", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    const client = createClient({
      apiKey: "sk-header-key",
      baseURL: server.baseURL,
      organization: "org_1",
      project: "proj_1",
    });
    const connection = await connectRealtime(client, { model: "gpt-realtime" });
    const { request } = await server.peer(0);
    expect(request.url).toBe("/v1/realtime?model=gpt-realtime");
    expect(request.headers.authorization).toBe("Bearer sk-header-key");
    expect(request.headers["openai-organization"]).toBe("org_1");
    expect(request.headers["openai-project"]).toBe("proj_1");
    expect(request.headers["sec-websocket-protocol"]).toBe("realtime");
    await connection.close();
  });

  it("carries the key as a subprotocol when asked (what a browser does), and no header", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    const client = createClient({ apiKey: "ek_ephemeral", baseURL: server.baseURL });
    const connection = await connectRealtime(client, {
      model: "gpt-realtime",
      auth: "subprotocol",
    });
    const { request } = await server.peer(0);
    expect(request.headers.authorization).toBeUndefined();
    const protocols = String(request.headers["sec-websocket-protocol"]).split(",");
    expect(protocols.map((p) => p.trim())).toEqual([
      "realtime",
      "openai-insecure-api-key.ek_ephemeral",
    ]);
    await connection.close();
  });

  it("refuses a missing key or a key no header can carry, before connecting", async () => {
    const client = createClient({ apiKey: "", baseURL: "http://127.0.0.1:9/v1" });
    await expect(connectRealtime(client, { model: "gpt-realtime" })).rejects.toThrow(
      ValidationError,
    );
    const spaced = createClient({ apiKey: "sk-secret-value\n", baseURL: "http://127.0.0.1:9/v1" });
    const error = await connectRealtime(spaced, { model: "gpt-realtime" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("apiKey");
    expect(String(error.message)).not.toContain("sk-secret-value");
  });

  it("names the missing target", async () => {
    const client = createClient({ apiKey: "sk-x", baseURL: "http://127.0.0.1:9/v1" });
    const error = await connectRealtime(client, {} as never).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("model");
    expect(() => socketTarget(client, "ws://127.0.0.1:9", "header")).not.toThrow();
  });
});
