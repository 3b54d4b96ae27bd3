import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

let emulator: NodeEmulator;
let url: string;

beforeEach(async () => {
  emulator = createEmulator();
  const { port } = await emulator.listen();
  url = `ws://127.0.0.1:${port}/v1/realtime?model=gpt-realtime`;
});

afterEach(async () => {
  await emulator.close();
});

/** A connected socket that queues every server event for `next`/`until`. */
const connect = async (
  options: WebSocket.ClientOptions = { headers: { authorization: "Bearer sk-test" } },
  protocols?: string[],
) => {
  const socket = new WebSocket(url, protocols, options);
  const events: any[] = [];
  let wake: () => void = () => {};
  socket.on("message", (data) => {
    events.push(JSON.parse(String(data)));
    wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  /** Waits for the event of that type and returns every event received up to it. */
  const until = async (type: string) => {
    for (;;) {
      const index = events.findIndex((event) => event.type === type);
      if (index >= 0) return events.splice(0, index + 1);
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  const send = (event: Record<string, unknown>) => socket.send(JSON.stringify(event));
  return { socket, until, send };
};

describe("the Realtime WebSocket", () => {
  it("opens with session.created and answers session.update with the merged session", async () => {
    const { socket, until, send } = await connect();
    const [created] = await until("session.created");
    expect(created.session).toMatchObject({
      type: "realtime",
      model: "gpt-realtime",
      output_modalities: ["audio"],
    });
    send({
      type: "session.update",
      session: {
        type: "realtime",
        instructions: "Be brief.",
        audio: { output: { voice: "marin" } },
      },
    });
    const [updated] = await until("session.updated");
    expect(updated.session.instructions).toBe("Be brief.");
    expect(updated.session.audio.output).toMatchObject({ voice: "marin", speed: 1 });
    socket.close();
  });

  it("creates items and streams an audio response with its transcript", async () => {
    const { socket, until, send } = await connect();
    await until("session.created");
    send({
      type: "conversation.item.create",
      item: {
        type: "message",
        role: "user",
        content: [{ type: "input_text", text: "good morning" }],
      },
    });
    const [added, itemDone] = await until("conversation.item.done");
    expect(added.type).toBe("conversation.item.added");
    expect(added.item).toMatchObject({ role: "user", object: "realtime.item" });
    expect(itemDone.item.id).toBe(added.item.id);
    send({ type: "response.create" });
    const events = await until("response.done");
    const types = events.map((e) => e.type);
    expect(types[0]).toBe("response.created");
    expect(types).toContain("response.output_audio.delta");
    const transcript = events
      .filter((e) => e.type === "response.output_audio_transcript.delta")
      .map((e) => e.delta);
    expect(transcript.join("")).toBe("Echo: good morning");
    const done = events.at(-1);
    expect(done.response).toMatchObject({
      status: "completed",
      output: [
        {
          role: "assistant",
          content: [{ type: "output_audio", transcript: "Echo: good morning" }],
        },
      ],
    });
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
    socket.close();
  });

  it("streams text when the session asks for text, and scripted tool calls", async () => {
    const { socket, until, send } = await connect();
    await until("session.created");
    send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } });
    await until("session.updated");
    emulator.script({
      for: "realtime",
      text: "Calling now.",
      toolCalls: [{ name: "dial", arguments: { n: 5 } }],
    });
    send({ type: "response.create" });
    const events = await until("response.done");
    expect(
      events
        .filter((e) => e.type === "response.output_text.delta")
        .map((e) => e.delta)
        .join(""),
    ).toBe("Calling now.");
    expect(events.some((e) => e.type.startsWith("response.output_audio"))).toBe(false);
    const args = events.find((e) => e.type === "response.function_call_arguments.done");
    expect(args).toMatchObject({ name: "dial", arguments: '{"n":5}' });
    socket.close();
  });

  it("commits appended audio as a user item, and refuses an empty commit", async () => {
    const { socket, until, send } = await connect();
    await until("session.created");
    send({ type: "input_audio_buffer.commit", event_id: "evt_client_1" });
    const [error] = await until("error");
    expect(error.error).toMatchObject({
      code: "input_audio_buffer_commit_empty",
      event_id: "evt_client_1",
    });
    send({ type: "input_audio_buffer.append", audio: btoa("\0".repeat(4800)) });
    send({ type: "input_audio_buffer.commit" });
    const [committed] = await until("input_audio_buffer.committed");
    const [created] = await until("conversation.item.added");
    expect(created.item.id).toBe(committed.item_id);
    expect(created.item.content[0].type).toBe("input_audio");
    socket.close();
  });

  it("answers an unknown event type with an error event and stays open", async () => {
    const { socket, until, send } = await connect();
    await until("session.created");
    send({ type: "no.such.event" });
    const [error] = await until("error");
    expect(error.error).toMatchObject({ param: "type", type: "invalid_request_error" });
    send({ type: "input_audio_buffer.clear" });
    await until("input_audio_buffer.cleared");
    socket.close();
  });

  it("accepts the key as a subprotocol, as browsers send it", async () => {
    const { socket, until } = await connect({}, ["realtime", "openai-insecure-api-key.sk-browser"]);
    await until("session.created");
    expect(socket.protocol).toBe("realtime");
    socket.close();
  });

  it("refuses the upgrade with 401 without a key", async () => {
    const status = await new Promise<number | undefined>((resolve) => {
      const socket = new WebSocket(url);
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode));
      socket.on("error", () => resolve(undefined));
    });
    expect(status).toBe(401);
  });
});
