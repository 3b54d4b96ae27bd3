import { APIUserAbortError, createClient } from "@oaikit/core";
import {
  connectRealtime,
  connectRealtimeTranslation,
  createRealtimeClientSecret,
  type RealtimeReconnectReport,
  RealtimeServerError,
} from "@oaikit/realtime";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

// The @oaikit/realtime client against this emulator's Realtime WebSocket, end to end.
let emulator: NodeEmulator;
let baseURL: string;

beforeEach(async () => {
  emulator = createEmulator();
  ({ baseURL } = await emulator.listen());
});

afterEach(async () => {
  await emulator.close();
});

const client = () => createClient({ apiKey: "sk-test", baseURL });
const userText = (text: string) => ({
  type: "message" as const,
  role: "user" as const,
  content: [{ type: "input_text" as const, text }],
});

describe("@oaikit/realtime on the emulator", () => {
  it("runs a whole session: update, audio, items, a streamed response", async () => {
    const connection = await connectRealtime(client(), { model: "gpt-realtime" });
    const types: string[] = [];
    const log = (async () => {
      for await (const event of connection) types.push(event.type);
    })();
    const updated = await connection.updateSession({
      instructions: "Be brief.",
      output_modalities: ["audio"],
    });
    expect(updated.session).toMatchObject({ type: "realtime", instructions: "Be brief." });
    expect(connection.session).toMatchObject({ instructions: "Be brief." });

    await connection.appendAudio(new Float32Array(2400).fill(0.25));
    const committed = await connection.commitAudio();
    await connection.createItem(userText("what time is it"));
    const done = await connection.createResponse();
    expect(done.response.status).toBe("completed");

    const state = connection.conversation.response(done.response.id!)!;
    expect(state.transcript).toBe("Echo: what time is it");
    expect(state.audio.length).toBeGreaterThan(0);
    const items = connection.conversation.items;
    expect(items.map((item) => item.type === "message" && item.role)).toEqual([
      "user",
      "user",
      "assistant",
    ]);
    expect(items[0]!.id).toBe(committed.item_id);
    expect(items[2]).toMatchObject({ status: "completed", content: [{ type: "output_audio" }] });

    await connection.close();
    await log;
    expect(types.slice(0, 2)).toEqual(["session.created", "session.updated"]);
    expect(types).toContain("response.output_audio_transcript.delta");
    expect(types.at(-1)).toBe("response.done");
  });

  it("rejects the send that caused an error event, and reports it in the stream", async () => {
    const connection = await connectRealtime(client(), { model: "gpt-realtime" });
    const errors: string[] = [];
    connection.on("error", (event) => errors.push(event.error.code ?? ""));
    const error = await connection.commitAudio().catch((e) => e);
    expect(error).toBeInstanceOf(RealtimeServerError);
    expect(error).toMatchObject({
      code: "input_audio_buffer_commit_empty",
      clientEventType: "input_audio_buffer.commit",
    });
    expect(errors).toEqual(["input_audio_buffer_commit_empty"]);
    await connection.close();
  });

  it("connects with an ephemeral client secret over the subprotocol, as a browser does", async () => {
    const secret = await createRealtimeClientSecret(client(), {
      session: { type: "realtime", model: "gpt-realtime", instructions: "From the secret." },
    });
    const browserLike = createClient({ apiKey: secret.value, baseURL });
    const connection = await connectRealtime(
      browserLike,
      { model: "gpt-realtime" },
      { auth: "subprotocol" },
    );
    const iterator = connection[Symbol.asyncIterator]();
    const first = (await iterator.next()).value;
    expect(first).toMatchObject({
      type: "session.created",
      session: { instructions: "From the secret." },
    });
    await connection.close();
  });

  it("runs a transcription session: committed audio comes back as transcript deltas, then in full", async () => {
    const connection = await connectRealtime(client(), { intent: "transcription" });
    const events: { type: string; delta?: unknown; session?: unknown }[] = [];
    const log = (async () => {
      for await (const event of connection) events.push(event);
    })();
    const updated = await connection.updateSession({
      audio: { input: { transcription: { model: "gpt-4o-transcribe" } } },
    });
    expect(updated.session).toMatchObject({
      type: "transcription",
      audio: { input: { transcription: { model: "gpt-4o-transcribe" } } },
    });
    emulator.script({ for: "transcriptions", text: "hello from the microphone" });
    await connection.appendAudio(new Int16Array(24_000)); // one second of PCM16 at 24 kHz
    const completed = connection.once("conversation.item.input_audio_transcription.completed");
    const committed = await connection.commitAudio();
    expect(await completed).toMatchObject({
      item_id: committed.item_id,
      content_index: 0,
      transcript: "hello from the microphone",
      usage: { type: "duration", seconds: 1 },
    });
    await connection.close();
    await log;
    expect(events[0]).toMatchObject({
      type: "session.created",
      session: { type: "transcription" },
    });
    const deltas = events.filter(
      (event) => event.type === "conversation.item.input_audio_transcription.delta",
    );
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((event) => event.delta).join("")).toBe("hello from the microphone");
  });

  it("transcribes a realtime session's turns once transcription is configured, and reports a failed one", async () => {
    const connection = await connectRealtime(client(), { model: "gpt-realtime" });
    const transcribed: string[] = [];
    connection.on("conversation.item.input_audio_transcription.completed", (event) => {
      transcribed.push(event.item_id);
    });
    const turn = async () => {
      await connection.appendAudio(new Int16Array(2_400));
      return (await connection.commitAudio()).item_id;
    };
    await turn(); // before transcription is configured: none
    await connection.updateSession({ audio: { input: { transcription: { model: "whisper-1" } } } });
    emulator.script({ for: "transcriptions", error: { status: 500, message: "No speech model." } });
    const failed = connection.once("conversation.item.input_audio_transcription.failed");
    const second = await turn();
    expect(await failed).toMatchObject({ item_id: second, error: { message: "No speech model." } });
    emulator.script({ for: "transcriptions", text: "third time" });
    const completed = connection.once("conversation.item.input_audio_transcription.completed");
    const third = await turn();
    expect(await completed).toMatchObject({ item_id: third, transcript: "third time" });
    expect(transcribed).toEqual([third]);
    await connection.close();
  });

  it("asks clientSecret for a fresh key before every connection, so a reconnect outlives an expired one", async () => {
    const minted: string[] = [];
    const clientSecret = async () => {
      const secret = await createRealtimeClientSecret(client(), {
        expires_after: { anchor: "created_at", seconds: 10 },
        session: { type: "realtime", model: "gpt-realtime" },
      });
      minted.push(secret.value);
      return secret.value;
    };
    // Drops after session.created and session.updated.
    emulator.fault({ route: "realtimeWebSocket", kind: "ws-drop", afterEvents: 2 });
    const reports: RealtimeReconnectReport[] = [];
    const browserLike = createClient({ apiKey: "sk-never-sent", baseURL });
    const connection = await connectRealtime(browserLike, {
      model: "gpt-realtime",
      auth: "subprotocol",
      clientSecret,
      reconnect: { initialDelayMs: 10, onReconnected: (report) => reports.push(report) },
    });
    // The first secret expires while its connection is open; only a new one opens another.
    emulator.advance(20_000);
    await connection.updateSession({ instructions: "Still here." });
    while (reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(minted).toHaveLength(2);
    expect(minted[1]).not.toBe(minted[0]);
    expect(reports[0]!.session).toMatchObject({ instructions: "Still here." });
    const expired = connectRealtime(
      createClient({ apiKey: minted[0], baseURL }),
      { model: "gpt-realtime" },
      { auth: "subprotocol" },
    );
    await expect(expired).rejects.toThrow();
    await connection.close();
  });

  it("runs a translation session: translated transcript and audio per chunk, closed on session.close", async () => {
    const translation = await connectRealtimeTranslation(client(), {
      model: "gpt-realtime-translate",
    });
    const transcript: string[] = [];
    const audio: string[] = [];
    translation.on("session.output_transcript.delta", (event) => transcript.push(event.delta));
    translation.on("session.output_audio.delta", (event) => audio.push(event.delta));
    const updated = await translation.updateSession({ audio: { output: { language: "es" } } });
    expect(updated.session).toMatchObject({
      type: "translation",
      model: "gpt-realtime-translate",
      audio: { output: { language: "es" } },
    });
    // Scoped to translations, so the chunks never take a step meant for another endpoint.
    emulator.script({ text: "for a chat" }, { for: "translations", text: "hola amigo" });
    await translation.appendAudio(new Int16Array(2_400));
    await translation.appendAudio(new Int16Array(2_400));
    const closed = await translation.closeSession();
    expect(closed.type).toBe("session.closed");
    expect(await translation.closed).toBeUndefined();
    expect(transcript.join("")).toBe("hola amigo");
    // Each chunk's 100 ms of PCM16 comes back as 100 ms of output audio.
    expect(audio.map((delta) => atob(delta).length)).toEqual([4_800, 4_800]);
    expect(emulator.pendingScript).toBe(1);
  });

  it("aborts: the stream ends with APIUserAbortError", async () => {
    const controller = new AbortController();
    const connection = await connectRealtime(client(), {
      model: "gpt-realtime",
      signal: controller.signal,
    });
    const ended = (async () => {
      for await (const _ of connection) controller.abort();
    })().catch((e) => e);
    expect(await ended).toBeInstanceOf(APIUserAbortError);
  });

  it("reconnects after a forced drop, restoring the session and the conversation", async () => {
    // The first connection drops after 6 events: session.created, session.updated, and the
    // added + done of each of two items.
    emulator.fault({ route: "realtimeWebSocket", kind: "ws-drop", afterEvents: 6 });
    const reports: RealtimeReconnectReport[] = [];
    const connection = await connectRealtime(client(), {
      model: "gpt-realtime",
      reconnect: { initialDelayMs: 10, onReconnected: (report) => reports.push(report) },
    });
    await connection.updateSession({
      instructions: "Remember names.",
      output_modalities: ["text"],
    });
    await connection.createItem({ ...userText("my name is Ada"), id: "item_name" });
    await connection.createItem(userText("and I like tea"));
    const heldIds = connection.conversation.items.map((item) => item.id);

    // Sent before the drop is noticed, unanswered: it goes out again on the restored session.
    const done = await connection.createResponse();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.cause.code).toBe(1006);
    expect(report!.session).toMatchObject({
      instructions: "Remember names.",
      output_modalities: ["text"],
    });
    expect(report!.restored.map((item) => item.id)).toEqual(heldIds);
    expect(report!.lost).toEqual([]);

    // The new session holds the items again: it can retrieve them, and answers from them.
    const retrieved = await connection.send({
      type: "conversation.item.retrieve",
      item_id: "item_name",
    });
    expect(retrieved.item).toMatchObject({ id: "item_name", role: "user" });
    expect(connection.conversation.response(done.response.id!)!.text).toBe("Echo: and I like tea");
    expect(connection.conversation.items.map((item) => item.id)).toEqual([
      ...heldIds,
      done.response.output![0]!.id,
    ]);
    await connection.close();
  });

  it("reports a response in flight at the drop as lost", async () => {
    // Drops after session.created, the item's two events and response.created.
    emulator.fault({ route: "realtimeWebSocket", kind: "ws-drop", afterEvents: 4 });
    let reconnected!: (report: RealtimeReconnectReport) => void;
    const report = new Promise<RealtimeReconnectReport>((resolve) => {
      reconnected = resolve;
    });
    const connection = await connectRealtime(client(), {
      model: "gpt-realtime",
      reconnect: { initialDelayMs: 10, onReconnected: (r) => reconnected(r) },
    });
    await connection.createItem(userText("tell me a story"));
    const lostResponse = await connection.createResponse().catch((e) => e);
    expect(lostResponse.name).toBe("RealtimeError");
    expect(lostResponse.message).toContain("in progress");
    const { lost, restored } = await report;
    expect(lost).toHaveLength(1);
    const [loss] = lost;
    if (loss?.kind !== "response") throw new Error(`expected a lost response, got ${loss?.kind}`);
    expect(connection.conversation.response(loss.responseId)!.status).toBe("lost");
    expect(restored).toHaveLength(1);
    const next = await connection.createResponse();
    // The session speaks by default: the answer is in the transcript.
    expect(connection.conversation.response(next.response.id!)!.transcript).toBe(
      "Echo: tell me a story",
    );
    await connection.close();
  });
});
