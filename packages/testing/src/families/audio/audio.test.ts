import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";
import { readWav } from "../../media/wav.js";

const speak = async (client: ReturnType<typeof api>, input: string) => {
  const response = await client.raw("/audio/speech", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o-mini-tts", voice: "alloy", input }),
  });
  expect(response.headers.get("content-type")).toBe("audio/wav");
  return new Uint8Array(await response.arrayBuffer());
};

const upload = (bytes: Uint8Array<ArrayBuffer>, fields: Record<string, string>) => {
  const form = new FormData();
  form.append("file", new File([bytes], "speech.wav", { type: "audio/wav" }));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe("/v1/audio", () => {
  it("speaks WAV audio that transcribes back to the text", async () => {
    const client = api(createEmulator().fetch);
    const wav = await speak(client, "The quick brown fox.");
    expect(readWav(wav)?.seconds).toBeGreaterThan(1);
    const { body } = await client.post(
      "/audio/transcriptions",
      upload(wav, { model: "gpt-4o-transcribe" }),
    );
    expect(body.text).toBe("The quick brown fox.");
    expect(body.usage.type).toBe("tokens");
  });

  it("answers subtitles and verbose JSON in the asked format", async () => {
    const client = api(createEmulator().fetch);
    const wav = await speak(client, "Hello world");
    const srt = await client.post(
      "/audio/transcriptions",
      upload(wav, { model: "whisper-1", response_format: "srt" }),
    );
    expect(srt.body).toMatch(/^1\n00:00:00,000 --> 00:00:0\d,\d{3}\nHello world\n/);
    const verbose = await client.post(
      "/audio/translations",
      upload(wav, { model: "whisper-1", response_format: "verbose_json" }),
    );
    expect(verbose.body).toMatchObject({ text: "Hello world", language: "english" });
    expect(verbose.body.segments[0].end).toBeCloseTo(verbose.body.duration);
  });

  it("transcribes what a script says for audio it did not make", async () => {
    const emulator = createEmulator();
    emulator.script({ for: "transcriptions", text: "scripted words" });
    const client = api(emulator.fetch);
    const { body } = await client.post(
      "/audio/transcriptions",
      upload(new Uint8Array(100), { model: "whisper-1" }),
    );
    expect(body.text).toBe("scripted words");
  });

  it("streams speech as base64 audio deltas ending with usage", async () => {
    const client = api(createEmulator().fetch);
    const response = await client.raw("/audio/speech", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "gpt-4o-mini-tts",
        voice: "alloy",
        input: "hi",
        stream_format: "sse",
      }),
    });
    const events = await readEvents(response);
    expect(events.at(-1)?.data.type).toBe("speech.audio.done");
    expect(events.slice(0, -1).every((e) => e.data.type === "speech.audio.delta")).toBe(true);
  });

  it("creates a custom voice only with a recorded consent", async () => {
    const client = api(createEmulator().fetch);
    const voice = (consent: string) => {
      const form = new FormData();
      form.append("name", "ada");
      form.append("consent", consent);
      form.append("audio_sample", new File([new Uint8Array(10)], "s.wav"));
      return client.post("/audio/voices", form);
    };
    expect((await voice("cons_missing")).body.error.param).toBe("consent");
    const form = new FormData();
    form.append("name", "Ada");
    form.append("language", "en-US");
    form.append("recording", new File([new Uint8Array(10)], "r.wav"));
    const consent = (await client.post("/audio/voice_consents", form)).body;
    expect((await voice(consent.id)).body).toMatchObject({ object: "audio.voice", name: "ada" });
  });
});
