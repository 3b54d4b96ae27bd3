import { createClient } from "@oaikit/core";
import { afterEach, describe, expect, it } from "vitest";
import { type RawServer, sessionCreated, startRawServer } from "../../test-support/raw-server.js";
import { connectRealtime } from "../connection/connect-realtime.js";

let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SAMPLE_RATE = 24_000;
const CHUNK_MS = 200;
const MINUTES = 10;

describe("appendAudio against a slow server", () => {
  it("keeps the socket's send buffer bounded over 10 minutes of audio, and loses none", async () => {
    let receivedSamples = 0;
    let receivedChunks = 0;
    server = await startRawServer({
      raw: true,
      onConnection: (peer) => {
        peer.sendJson(sessionCreated());
        // A slow reader: after each frame, stop reading for a moment.
        peer.socket.on("message", (data) => {
          const event = JSON.parse(String(data));
          if (event.type !== "input_audio_buffer.append") return;
          receivedSamples += (Buffer.from(event.audio, "base64").length / 2) | 0;
          receivedChunks++;
          peer.tcp.pause();
          setTimeout(() => peer.tcp.resume(), 1);
        });
      },
    });
    const highWaterMark = 64 * 1024;
    const client = createClient({ apiKey: "sk-test", baseURL: server.baseURL });
    const connection = await connectRealtime(
      client,
      { model: "gpt-realtime" },
      { audioHighWaterMark: highWaterMark },
    );
    const samplesPerChunk = (SAMPLE_RATE * CHUNK_MS) / 1000;
    const chunk = new Int16Array(samplesPerChunk).map((_, i) => Math.round(Math.sin(i / 8) * 8000));
    const chunks = (MINUTES * 60 * 1000) / CHUNK_MS;
    // One appended event: the base64 of the chunk plus its JSON envelope.
    const eventBytes = Math.ceil((chunk.byteLength * 4) / 3) + 200;
    let peak = 0;
    for (let i = 0; i < chunks; i++) {
      await connection.appendAudio(chunk);
      peak = Math.max(peak, connection.bufferedAmount);
    }
    expect(peak).toBeLessThanOrEqual(highWaterMark + eventBytes);
    // Everything arrives: backpressure delays audio, it never drops it.
    const total = chunks * samplesPerChunk;
    while (receivedSamples < total && connection.status === "open") {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(receivedChunks).toBe(chunks);
    expect(receivedSamples).toBe(total);
    await connection.close();
  });
});
