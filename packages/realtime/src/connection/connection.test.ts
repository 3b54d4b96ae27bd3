import { APIUserAbortError, AuthenticationError, createClient } from "@oaikit/core";
import { afterEach, describe, expect, it } from "vitest";
import { type RawServer, sessionCreated, startRawServer } from "../../test-support/raw-server.js";
import { RealtimeError, RealtimeServerError } from "../errors/realtime-error.js";
import { connectRealtime } from "./connect-realtime.js";

const KEY = "sk-connection-test-secret";
let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const hasGlobalWebSocket = typeof (globalThis as { WebSocket?: unknown }).WebSocket === "function";

/** A logger that keeps what it is given, as a caller's own logger would. */
const recordingLogger = () => {
  const lines: string[] = [];
  const keep = (message: string, ...rest: unknown[]) => {
    lines.push([message, ...rest].map(String).join(" "));
  };
  return { lines, logger: { error: keep, warn: keep, info: keep, debug: keep } };
};

const connect = async (options: Parameters<typeof connectRealtime>[2] = {}, logger?: any) => {
  const client = createClient({ apiKey: KEY, baseURL: server!.baseURL, logger, logLevel: "warn" });
  return connectRealtime(client, { model: "gpt-realtime" }, options);
};

const collect = async (iterable: AsyncIterable<{ type: string }>) => {
  const types: string[] = [];
  for await (const event of iterable) types.push(event.type);
  return types;
};

describe("events from the server", () => {
  it("skips frames that are not JSON or have no type, with a warning, and keeps going", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        peer.socket.send("{not json");
        peer.socket.send(JSON.stringify({ no: "type" }));
        peer.sendJson({ type: "input_audio_buffer.cleared", event_id: "e1" });
        peer.socket.close(1000, "bye");
      },
    });
    const { lines, logger } = recordingLogger();
    const connection = await connect({}, logger);
    expect(await collect(connection)).toEqual(["session.created", "input_audio_buffer.cleared"]);
    expect(lines.some((line) => line.includes("not JSON"))).toBe(true);
    expect(lines.some((line) => line.includes("without a string `type`"))).toBe(true);
    expect(await connection.closed).toBeUndefined();
  });

  it("passes unknown event types through to the stream and to on()", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        peer.socket.on("message", () => {
          peer.sendJson({ type: "future.event", event_id: "e2", payload: { x: 1 } });
          peer.socket.close(1000);
        });
      },
    });
    const connection = await connect();
    const seen: unknown[] = [];
    connection.on("future.event", (event) => seen.push(event.payload));
    void connection.send({ type: "input_audio_buffer.clear" });
    const events: Array<{ type: string }> = [];
    for await (const event of connection) events.push(event);
    expect(events.map((e) => e.type)).toEqual(["session.created", "future.event"]);
    expect(seen).toEqual([{ x: 1 }]);
  });

  it("holds events that arrive before the first iterator starts", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        peer.sendJson({ type: "input_audio_buffer.cleared", event_id: "e3" });
      },
    });
    const connection = await connect();
    const peer = await server.peer(0);
    await new Promise((resolve) => peer.socket.send("", resolve)); // flushed before we iterate
    const iterator = connection[Symbol.asyncIterator]();
    expect((await iterator.next()).value.type).toBe("session.created");
    expect((await iterator.next()).value.type).toBe("input_audio_buffer.cleared");
    await connection.close();
    expect((await iterator.next()).done).toBe(true);
  });
});

describe("close codes", () => {
  const closeWith = (code: number, reason: string) =>
    startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        peer.socket.close(code, reason);
      },
    });

  it("ends the stream cleanly on the server's normal close (1000)", async () => {
    server = await closeWith(1000, "done");
    const connection = await connect();
    expect(await collect(connection)).toEqual(["session.created"]);
    expect(connection.status).toBe("closed");
  });

  for (const [code, retryable] of [
    [1001, true],
    [1008, false],
    [1011, true],
    [1012, true],
    [1013, true],
    [4000, false],
  ] as const) {
    it(`throws RealtimeError ${code} with the reason, retryable: ${retryable}`, async () => {
      server = await closeWith(code, `closing ${code} for ${KEY}`);
      const connection = await connect();
      const error = await collect(connection).catch((e) => e);
      expect(error).toBeInstanceOf(RealtimeError);
      expect(error.code).toBe(code);
      expect(error.retryable).toBe(retryable);
      expect(error.reason).toBe(`closing ${code} for ***`);
      expect(JSON.stringify({ m: error.message, r: error.reason })).not.toContain(KEY);
      expect(await connection.closed).toBe(error);
    });
  }

  it("reports a connection cut without a close frame as 1006", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        setImmediate(() => peer.tcp.destroy());
      },
    });
    const connection = await connect();
    const error = await collect(connection).catch((e) => e);
    expect(error).toBeInstanceOf(RealtimeError);
    expect(error.code).toBe(1006);
  });

  it("maps a refused upgrade to the status's error where the runtime shows it", async () => {
    server = await startRawServer({
      refuse: () => ({
        status: 401,
        body: JSON.stringify({
          error: {
            message: `Incorrect API key provided: ${KEY}`,
            type: "invalid_request_error",
            code: "invalid_api_key",
          },
        }),
      }),
    });
    const error = await connect().catch((e) => e);
    if (hasGlobalWebSocket) {
      // WHATWG WebSockets never expose the status of a refused upgrade.
      expect(error).toBeInstanceOf(RealtimeError);
    } else {
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.status).toBe(401);
      expect(error.code).toBe("invalid_api_key");
    }
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(KEY);
  });
});

describe("sends", () => {
  it("adds an event_id, resolves with the acknowledgement, rejects with the correlated error", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        peer.socket.on("message", (data) => {
          const event = JSON.parse(String(data));
          if (event.type === "session.update") {
            peer.sendJson({
              type: "session.updated",
              event_id: "s1",
              session: { ...event.session, id: "sess_test" },
            });
          } else if (event.type === "conversation.item.delete") {
            peer.sendJson({
              type: "error",
              event_id: "s2",
              error: {
                type: "invalid_request_error",
                code: "item_not_found",
                message: "No such item.",
                param: "item_id",
                event_id: event.event_id,
              },
            });
          }
        });
      },
    });
    const connection = await connect();
    const errors: string[] = [];
    connection.on("error", (event) => errors.push(event.error.code ?? ""));
    const updated = await connection.send({
      type: "session.update",
      session: { type: "realtime", instructions: "Be brief." },
    });
    expect(updated.type).toBe("session.updated");
    expect(updated.session).toMatchObject({ instructions: "Be brief." });
    const peer = await server.peer(0);
    expect((await peer.next("session.update")).event_id).toMatch(/^evt_/);

    const failure = await connection
      .send({ type: "conversation.item.delete", item_id: "item_missing", event_id: "client_evt_1" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(RealtimeServerError);
    expect(failure).toMatchObject({
      code: "item_not_found",
      param: "item_id",
      eventId: "client_evt_1",
      clientEventType: "conversation.item.delete",
    });
    expect(errors).toEqual(["item_not_found"]);

    // An error nobody awaits is not an unhandled rejection (vitest fails the run on one).
    void connection.send({ type: "conversation.item.delete", item_id: "item_missing_2" });
    await connection.send({ type: "session.update", session: { type: "realtime" } });
    await connection.close();
  });

  it("rejects pending sends when the connection ends, and sends after close", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    const connection = await connect();
    const pending = connection.send({ type: "input_audio_buffer.commit" });
    const peer = await server.peer(0);
    await peer.next("input_audio_buffer.commit");
    peer.socket.close(1011, "internal");
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(RealtimeError);
    expect(error.code).toBe(1011);
    await expect(connection.send({ type: "input_audio_buffer.clear" })).rejects.toBe(error);
  });
});

describe("abort", () => {
  it("rejects connectRealtime when the signal has fired, and ends an open connection", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    await expect(connect({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    const controller = new AbortController();
    const connection = await connect({ signal: controller.signal });
    const done = collect(connection).catch((e) => e);
    const pending = connection.send({ type: "input_audio_buffer.commit" }).catch((e) => e);
    controller.abort();
    expect(await done).toBeInstanceOf(APIUserAbortError);
    expect(await pending).toBeInstanceOf(APIUserAbortError);
    expect(await connection.closed).toBeInstanceOf(APIUserAbortError);
  });
});

describe("heartbeat", () => {
  it("treats a half-open connection (a peer that stops reading and answering) as dropped", async () => {
    server = await startRawServer({
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        // The peer goes silent: it neither reads (so no pong) nor writes, and never closes.
        setImmediate(() => peer.tcp.pause());
      },
    });
    const connection = await connect({ heartbeat: { timeoutMs: 300 } });
    const error = await collect(connection).catch((e) => e);
    expect(error).toBeInstanceOf(RealtimeError);
    expect(error.code).toBe(1006);
    expect(error.message).toContain("No traffic for 300 ms");
  });

  it("keeps a quiet connection whose peer answers pings (ws) up until closed", async () => {
    server = await startRawServer({ onConnection: (peer) => peer.sendJson(sessionCreated()) });
    const connection = await connect({ heartbeat: { timeoutMs: 200 } });
    const peer = await server.peer(0);
    if (hasGlobalWebSocket) {
      // No ping from a WHATWG WebSocket: silence is all it can go by.
      await connection.close();
      return;
    }
    let pings = 0;
    await new Promise<void>((resolve) => {
      peer.socket.on("ping", () => {
        pings++;
        if (pings === 3) resolve();
      });
    });
    expect(connection.status).toBe("open");
    await connection.close();
  });
});
