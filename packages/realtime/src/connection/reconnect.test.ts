import { createClient } from "@oaikit/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  type RawPeer,
  type RawServer,
  sessionCreated,
  startRawServer,
} from "../../test-support/raw-server.js";
import { RealtimeError } from "../errors/realtime-error.js";
import { connectRealtime } from "./connect-realtime.js";
import type { RealtimeReconnectReport } from "./realtime-connection.js";

let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Acknowledges session.update and conversation.item.create the way the API does. */
const acknowledge = (peer: RawPeer) => {
  let last: string | null = null;
  peer.socket.on("message", (data) => {
    const event = JSON.parse(String(data));
    if (event.type === "session.update") {
      peer.sendJson({
        type: "session.updated",
        event_id: "ev",
        session: { type: "realtime", ...event.session },
      });
    } else if (event.type === "conversation.item.create") {
      const item = {
        ...event.item,
        id: event.item.id ?? `item_${peer.received.length}`,
        status: "completed",
      };
      peer.sendJson({
        type: "conversation.item.added",
        event_id: "ev",
        previous_item_id: last,
        item,
      });
      last = item.id;
    }
  });
};

describe("reconnect", () => {
  it("restores what it can, and reports what it cannot", async () => {
    server = await startRawServer({
      onConnection: (peer, index) => {
        peer.sendJson(sessionCreated(`sess_${index}`));
        acknowledge(peer);
      },
    });
    const reports: RealtimeReconnectReport[] = [];
    const reconnecting: number[] = [];
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const connection = await connectRealtime(client, {
      model: "gpt-realtime",
      reconnect: {
        initialDelayMs: 1,
        onReconnecting: ({ attempt }) => reconnecting.push(attempt),
        onReconnected: (report) => reports.push(report),
      },
    });
    await connection.updateSession({ instructions: "one" });
    await connection.updateSession({ audio: { output: { voice: "marin" } } });
    await connection.createItem({
      type: "message",
      role: "user",
      id: "item_u",
      content: [{ type: "input_text", text: "hi" }],
    });
    const first = await server.peer(0);
    // An assistant audio item whose transcript never arrived cannot be sent again as text.
    first.sendJson({
      type: "conversation.item.added",
      event_id: "ev",
      previous_item_id: "item_u",
      item: {
        id: "item_a",
        type: "message",
        role: "assistant",
        status: "completed",
        content: [{ type: "output_audio" }],
      },
    });
    await connection.appendAudio(new Int16Array(480));
    await first.next("input_audio_buffer.append");
    first.tcp.destroy();

    const second = await server.peer(1);
    const update = await second.next("session.update");
    expect(update.session).toEqual({
      type: "realtime",
      instructions: "one",
      audio: { output: { voice: "marin" } },
    });
    const restoredItem = await second.next("conversation.item.create");
    expect(restoredItem.item).toEqual({
      type: "message",
      role: "user",
      id: "item_u",
      status: "completed",
      content: [{ type: "input_text", text: "hi" }],
    });
    while (reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const [report] = reports;
    expect(reconnecting).toEqual([1]);
    expect(report).toMatchObject({ attempt: 1, session: { instructions: "one" } });
    expect(report!.cause).toBeInstanceOf(RealtimeError);
    expect(report!.restored.map((item) => item.id)).toEqual(["item_u"]);
    expect(report!.lost).toEqual([
      { kind: "input_audio", bytes: 960 },
      {
        kind: "item",
        item: expect.objectContaining({ id: "item_a" }),
        reason: "spoken output without a transcript",
      },
    ]);
    expect(connection.conversation.items.map((item) => item.id)).toEqual(["item_u"]);
    expect(connection.status).toBe("open");
    await connection.close();
  });

  it("gives up after maxAttempts and ends the stream with the drop's error", async () => {
    let refuse = false;
    server = await startRawServer({
      refuse: () => (refuse ? { status: 503, body: "{}" } : undefined),
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        refuse = true;
        peer.socket.on("message", () => peer.socket.close(1011, "overloaded"));
      },
    });
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const connection = await connectRealtime(client, {
      model: "gpt-realtime",
      reconnect: { maxAttempts: 2, initialDelayMs: 1 },
    });
    const types: string[] = [];
    const ended = (async () => {
      for await (const event of connection) types.push(event.type);
    })().catch((e) => e);
    void connection.send({ type: "input_audio_buffer.clear" });
    const error = await ended;
    expect(error).toBeInstanceOf(RealtimeError);
    expect(error).toMatchObject({ code: 1011, reason: "overloaded" });
    expect(error.message).toContain("2 reconnect attempts failed");
    expect(types).toEqual(["session.created"]);
    expect(await connection.closed).toBe(error);
  });

  it("does not reconnect after close() or a normal close", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const connection = await connectRealtime(client, { model: "gpt-realtime", reconnect: true });
    (await server.peer(0)).socket.close(1000, "session ended");
    expect(await connection.closed).toBeUndefined();
    expect(server.peers).toHaveLength(1);
  });
});
