import { createClient, ValidationError } from "@oaikit/core";
import { afterEach, describe, expect, it } from "vitest";
import { type RawPeer, type RawServer, startRawServer } from "../../test-support/raw-server.js";
import { connectRealtimeTranslation } from "./connect-translation.js";

let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Plays the translation protocol: session events, a transcript per appended chunk, close. */
const translator = (peer: RawPeer, index: number) => {
  const session = { type: "translation", id: `sess_${index}`, model: "gpt-realtime-translate" };
  peer.sendJson({ type: "session.created", event_id: "e0", session });
  peer.socket.on("message", (data) => {
    const event = JSON.parse(String(data));
    if (event.type === "session.update") {
      peer.sendJson({
        type: "session.updated",
        event_id: "e1",
        session: { ...session, ...event.session },
      });
    } else if (event.type === "session.input_audio_buffer.append") {
      peer.sendJson({ type: "session.output_transcript.delta", event_id: "e2", delta: "hola " });
    } else if (event.type === "session.close") {
      peer.sendJson({ type: "session.closed", event_id: "e3" });
      peer.socket.close(1000);
    }
  });
};

describe("connectRealtimeTranslation", () => {
  it("opens /realtime/translations, acknowledges updates, streams deltas and closes on session.close", async () => {
    server = await startRawServer({ onConnection: translator });
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const translation = await connectRealtimeTranslation(client, {
      model: "gpt-realtime-translate",
    });
    expect((await server.peer(0)).request.url).toBe(
      "/v1/realtime/translations?model=gpt-realtime-translate",
    );
    const deltas: string[] = [];
    translation.on("session.output_transcript.delta", (event) => deltas.push(event.delta));
    const updated = await translation.updateSession({ audio: { output: { language: "es" } } });
    expect(updated.type).toBe("session.updated");
    await translation.appendAudio(new Int16Array(4800));
    await translation.appendAudio(new Int16Array(4800));
    const closed = await translation.closeSession();
    expect(closed.type).toBe("session.closed");
    expect(await translation.closed).toBeUndefined();
    expect(deltas).toEqual(["hola ", "hola "]);
  });

  it("applies the session configuration again after a reconnect", async () => {
    server = await startRawServer({ onConnection: translator });
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const reports: unknown[] = [];
    const translation = await connectRealtimeTranslation(client, {
      model: "gpt-realtime-translate",
      reconnect: { initialDelayMs: 1, onReconnected: (report) => reports.push(report) },
    });
    await translation.updateSession({ audio: { output: { language: "fr" } } });
    (await server.peer(0)).tcp.destroy();
    const update = await (await server.peer(1)).next("session.update");
    expect(update.session).toEqual({ audio: { output: { language: "fr" } } });
    while (reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(reports[0]).toMatchObject({ attempt: 1, session: { id: "sess_1" } });
    await translation.close();
  });

  it("asks clientSecret for the key of every connection, and never logs one", async () => {
    server = await startRawServer({ onConnection: translator });
    const lines: string[] = [];
    const keep = (message: string) => void lines.push(message);
    const client = createClient({
      apiKey: "sk-client-key",
      baseURL: server.baseURL,
      logger: { error: keep, warn: keep, info: keep, debug: keep },
    });
    const keys = ["ek_first_secret", "ek_second_secret"];
    let asked = 0;
    const reports: unknown[] = [];
    const translation = await connectRealtimeTranslation(client, {
      model: "gpt-realtime-translate",
      clientSecret: async () => keys[asked++]!,
      reconnect: { initialDelayMs: 1, onReconnected: (report) => reports.push(report) },
    });
    await translation.updateSession({ audio: { output: { language: "de" } } });
    (await server.peer(0)).tcp.destroy();
    await (await server.peer(1)).next("session.update");
    while (reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const [first, second] = await Promise.all([server.peer(0), server.peer(1)]);
    expect(first.request.headers.authorization).toBe("Bearer ek_first_secret");
    expect(second.request.headers.authorization).toBe("Bearer ek_second_secret");
    expect(asked).toBe(2);
    await translation.close();
    expect(lines.join("\n")).not.toMatch(/ek_first_secret|ek_second_secret|sk-client-key/);
  });

  it("names a missing model", async () => {
    const client = createClient({ apiKey: "sk-test", baseURL: "http://127.0.0.1:9/v1" });
    const error = await connectRealtimeTranslation(client, {} as never).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("model");
  });
});
