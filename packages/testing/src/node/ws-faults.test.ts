import type { IncomingMessage } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

let emulator: NodeEmulator;
let baseURL: string;
let url: string;

beforeEach(async () => {
  emulator = createEmulator();
  const listening = await emulator.listen();
  baseURL = listening.baseURL;
  url = `ws://127.0.0.1:${listening.port}/v1/realtime?model=gpt-realtime`;
});

afterEach(async () => {
  await emulator.close();
});

interface Observed {
  opened: boolean;
  types: string[];
  code: number;
  reason: string;
  wasClean: boolean;
}

/**
 * Connects, sends `response.create` once `session.created` arrives (so the server has more
 * events to send), and resolves with what the client saw once the server ends the connection.
 */
const observe = (): Promise<Observed> =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, { headers: { authorization: "Bearer sk-test" } });
    const seen: Observed = { opened: false, types: [], code: 0, reason: "", wasClean: false };
    socket.on("error", () => {});
    socket.on("open", () => {
      seen.opened = true;
    });
    socket.on("message", (data) => {
      const { type } = JSON.parse(String(data));
      seen.types.push(type);
      if (type === "session.created") socket.send(JSON.stringify({ type: "response.create" }));
    });
    socket.addEventListener("close", (event) => {
      resolve({ ...seen, code: event.code, reason: event.reason, wasClean: event.wasClean });
    });
  });

/** Whether a fresh connection opens and gets `session.created`. */
const healthy = (): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, { headers: { authorization: "Bearer sk-test" } });
    socket.on("error", () => resolve(false));
    socket.on("close", () => resolve(false));
    socket.on("message", (data) => {
      resolve(JSON.parse(String(data)).type === "session.created");
      socket.close();
    });
  });

/** The HTTP answer a refused upgrade got, or the error when there was none. */
const refusal = (): Promise<{ status: number; headers: IncomingMessage["headers"]; body: any }> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { authorization: "Bearer sk-test" } });
    socket.on("open", () => reject(new Error("the upgrade was accepted")));
    socket.on("error", reject);
    socket.on("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }),
      );
    });
  });

describe("Realtime WebSocket faults", () => {
  it("ws-drop ends the TCP connection without a close frame after afterEvents, for `times` connections", async () => {
    const handle = emulator.fault({
      route: "/v1/realtime",
      kind: "ws-drop",
      afterEvents: 3,
      times: 2,
    });
    for (let i = 0; i < 2; i++) {
      const seen = await observe();
      expect(seen.opened).toBe(true);
      expect(seen.types).toHaveLength(3);
      expect(seen.types.slice(0, 2)).toEqual(["session.created", "response.created"]);
      expect(seen).toMatchObject({ code: 1006, wasClean: false });
    }
    expect(handle).toMatchObject({ hits: 2, remaining: 0 });
    expect(await healthy()).toBe(true);
  });

  it("ws-drop without afterEvents opens the socket, then drops it before session.created", async () => {
    emulator.fault({ route: "realtimeWebSocket", kind: "ws-drop" });
    const seen = await observe();
    expect(seen).toMatchObject({ opened: true, types: [], code: 1006, wasClean: false });
    expect(await healthy()).toBe(true);
  });

  it("ws-close sends a clean close frame with the code and reason after afterEvents", async () => {
    emulator.fault({
      route: "GET /realtime",
      kind: "ws-close",
      code: 1011,
      reason: "emulated overload",
      afterEvents: 1,
    });
    const seen = await observe();
    expect(seen).toMatchObject({
      opened: true,
      types: ["session.created"],
      code: 1011,
      reason: "emulated overload",
      wasClean: true,
    });
    expect(await healthy()).toBe(true);
  });

  it("a status fault refuses the upgrade with its status, headers and an API error body", async () => {
    emulator.fault({ route: "GET /realtime", status: 503, headers: { "retry-after": "1" } });
    const refused = await refusal();
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.body.error).toMatchObject({ type: "server_error" });
    expect(await healthy()).toBe(true);
  });

  it("a reset destroys the socket before the upgrade answer", async () => {
    emulator.fault({ route: "realtimeWebSocket", kind: "reset" });
    await expect(refusal()).rejects.toThrow(/socket hang up/);
    expect(await healthy()).toBe(true);
  });

  it("ws-* faults skip HTTP requests, and body faults skip the socket", async () => {
    const drop = emulator.fault({ kind: "ws-drop" });
    expect(
      (await fetch(`${baseURL}/models`, { headers: { authorization: "Bearer k" } })).status,
    ).toBe(200);
    expect(drop.remaining).toBe(1);
    drop.remove();
    const cut = emulator.fault({ kind: "cut-stream" });
    expect(await healthy()).toBe(true);
    expect(cut.remaining).toBe(1);
  });

  it("fault() refuses a close code a server may not send, and a negative afterEvents", () => {
    expect(() => emulator.fault({ kind: "ws-close", code: 1006 })).toThrow(/code/);
    expect(() => emulator.fault({ kind: "ws-close", reason: "x".repeat(124) })).toThrow(/reason/);
    expect(() => emulator.fault({ kind: "ws-drop", afterEvents: -1 })).toThrow(/afterEvents/);
  });
});
