import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  formOf,
  json,
  type RecordingServer,
  sse,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import {
  createSpeech,
  createTranscription,
  createTranslation,
  streamSpeech,
  streamTranscription,
} from "./index.js";

const audioBytes = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff]);
const subtitles = "1\n00:00:00,000 --> 00:00:01,000\nhello\n";

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () => createClient({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });

beforeAll(async () => {
  server = await startRecordingServer((request) => {
    const type = String(request.headers["content-type"]);
    const text = request.body.toString("latin1");
    if (request.url === "/v1/audio/speech") {
      if (JSON.parse(text).stream_format === "sse") {
        return sse([
          { type: "speech.audio.delta", audio: "SUQz" },
          {
            type: "speech.audio.done",
            usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3 },
          },
        ]);
      }
      return { headers: { "content-type": "audio/mpeg" }, body: audioBytes };
    }
    if (type.startsWith("multipart/form-data") && text.includes('name="stream"')) {
      return sse([
        { type: "transcript.text.delta", delta: "hel" },
        { type: "transcript.text.done", text: "hello" },
      ]);
    }
    const format = /name="response_format"\r\n\r\n(\w+)/.exec(text)?.[1];
    if (format === "srt") return { headers: { "content-type": "text/plain" }, body: subtitles };
    return json({ text: "hello" });
  });
});
afterAll(() => server.close());

describe("generated audio operations on the wire", () => {
  it("createSpeech sends JSON and resolves to the raw Response holding the audio bytes", async () => {
    const speech = await createSpeech(client(), {
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: "Hi",
    });
    expect(speech).toBeInstanceOf(Response);
    expect(speech.headers.get("content-type")).toBe("audio/mpeg");
    expect(Buffer.from(await speech.arrayBuffer())).toEqual(audioBytes);
    expect(last().method).toBe("POST");
    expect(JSON.parse(last().body.toString())).toEqual({
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: "Hi",
    });
  });

  it("streamSpeech asks for server-sent events with stream_format: sse", async () => {
    const types: string[] = [];
    for await (const event of streamSpeech(client(), {
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: "Hi",
    })) {
      types.push(event.type);
    }
    expect(types).toEqual(["speech.audio.delta", "speech.audio.done"]);
    expect(JSON.parse(last().body.toString()).stream_format).toBe("sse");
  });

  it("createTranscription uploads a multipart form with the file, fields and repeated array keys", async () => {
    const file = new File([audioBytes], "clip.mp3", { type: "audio/mpeg" });
    const result = await createTranscription(client(), {
      file,
      model: "gpt-4o-transcribe",
      include: ["logprobs"],
      temperature: 0.2,
    });
    expect(result).toEqual({ text: "hello" });
    expect(last().url).toBe("/v1/audio/transcriptions");
    expect(String(last().headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(last());
    const sent = form.get("file") as File;
    expect(sent.name).toBe("clip.mp3");
    expect(Buffer.from(await sent.arrayBuffer())).toEqual(audioBytes);
    expect(form.get("model")).toBe("gpt-4o-transcribe");
    expect(form.getAll("include[]")).toEqual(["logprobs"]);
    expect(form.get("temperature")).toBe("0.2");
    expect(form.has("stream")).toBe(false);
  });

  it("createTranscription and createTranslation resolve to the text body when response_format is srt", async () => {
    const file = () => new File([audioBytes], "clip.mp3", { type: "audio/mpeg" });
    const params = { model: "whisper-1", response_format: "srt" } as const;
    const transcript = await createTranscription(client(), { file: file(), ...params });
    const translation = await createTranslation(client(), { file: file(), ...params });
    // The declared type includes string, so the text result needs no cast to be used as one.
    const lines = (result: typeof transcript | typeof translation) =>
      typeof result === "string" ? result.split("\n") : [];
    expect(lines(transcript)).toEqual(subtitles.split("\n"));
    expect(lines(translation)).toEqual(subtitles.split("\n"));
    expect(last().url).toBe("/v1/audio/translations");
  });

  it("streamTranscription sends stream=true inside the multipart form and yields the events", async () => {
    const file = new File([audioBytes], "clip.mp3", { type: "audio/mpeg" });
    const events = [];
    for await (const event of streamTranscription(client(), { file, model: "gpt-4o-transcribe" })) {
      events.push(event);
    }
    expect(events.map((e) => e.type)).toEqual(["transcript.text.delta", "transcript.text.done"]);
    expect((await formOf(last())).get("stream")).toBe("true");
  });
});
