import type { EmulatorState } from "../../emulator/state.js";
import { generate } from "../../generate/generate.js";
import { countTokens, wordDeltas } from "../../generate/tokens.js";
import { readWav } from "../../media/wav.js";

/** What the emulator hears in an audio file, and how long it is. */
export interface Transcript {
  text: string;
  seconds: number;
  inputTokens: number;
}

/**
 * The transcript of an upload: the next script step for "transcriptions" if any, else the
 * text a WAV from the emulator's own speech carries, else nothing (as for silence).
 */
export const transcribe = async (
  state: EmulatorState,
  body: { file: Blob; model: string; prompt?: string | undefined },
): Promise<Transcript> => {
  const bytes = new Uint8Array(await body.file.arrayBuffer());
  const wav = readWav(bytes);
  const heard = wav?.comment ?? "";
  const generation = generate(
    state,
    { family: "transcriptions", model: body.model, body, lastText: heard },
    body.prompt ?? "",
    heard,
  );
  return {
    text: generation.text ?? "",
    // Audio of unknown encoding counts as 16 kB a second.
    seconds: wav ? wav.seconds : bytes.length / 16_000,
    inputTokens: Math.max(1, Math.round((wav ? wav.seconds : bytes.length / 16_000) * 10)),
  };
};

const timestamp = (seconds: number, separator: string) => {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, size = 2) => String(value).padStart(size, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
};

/** The transcript as subtitles: one cue spanning the audio. */
export const subtitles = (transcript: Transcript, format: "srt" | "vtt"): string => {
  const span = `${timestamp(0, format === "srt" ? "," : ".")} --> ${timestamp(transcript.seconds, format === "srt" ? "," : ".")}`;
  return format === "srt"
    ? `1\n${span}\n${transcript.text}\n\n`
    : `WEBVTT\n\n${span}\n${transcript.text}\n\n`;
};

export const segment = (transcript: Transcript) => ({
  id: 0,
  seek: 0,
  start: 0,
  end: transcript.seconds,
  text: transcript.text,
  tokens: [],
  temperature: 0,
  avg_logprob: 0,
  compression_ratio: 1,
  no_speech_prob: 0,
});

/** Words spread evenly over the audio, for `timestamp_granularities: ["word"]`. */
export const words = (transcript: Transcript) => {
  const list = transcript.text.split(/\s+/).filter(Boolean);
  const each = transcript.seconds / Math.max(1, list.length);
  return list.map((word, i) => ({ word, start: i * each, end: (i + 1) * each }));
};

export const tokenUsage = (transcript: Transcript) => {
  const output = countTokens(transcript.text);
  return {
    type: "tokens",
    input_tokens: transcript.inputTokens,
    output_tokens: output,
    total_tokens: transcript.inputTokens + output,
  };
};

export const transcriptDeltas = (transcript: Transcript) => wordDeltas(transcript.text);
