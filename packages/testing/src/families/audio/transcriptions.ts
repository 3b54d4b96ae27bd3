import type { CreateTranscriptionParams, CreateTranslationParams } from "@oaikit/audio";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { jsonReply, type Reply, typedEvents } from "../../wire/reply.js";
import {
  segment,
  subtitles,
  type Transcript,
  tokenUsage,
  transcribe,
  transcriptDeltas,
  words,
} from "./transcript.js";

const text = (body: string): Reply => ({
  kind: "bytes",
  status: 200,
  body: new TextEncoder().encode(body),
  contentType: "text/plain; charset=utf-8",
});

/** The answer in the asked `response_format`: JSON (plain, verbose, diarized) or text. */
const answer = (
  transcript: Transcript,
  format: string | undefined,
  options: { words?: boolean | undefined; task?: "transcribe" | "translate" },
): Reply => {
  switch (format) {
    case "text":
      return text(transcript.text);
    case "srt":
    case "vtt":
      return text(subtitles(transcript, format));
    case "verbose_json":
      return jsonReply({
        task: options.task,
        language: "english",
        duration: transcript.seconds,
        text: transcript.text,
        segments: [segment(transcript)],
        ...(options.words ? { words: words(transcript) } : {}),
        ...(options.task === "transcribe"
          ? { usage: { type: "duration", seconds: Math.ceil(transcript.seconds) } }
          : {}),
      });
    case "diarized_json":
      return jsonReply({
        task: "transcribe",
        duration: transcript.seconds,
        text: transcript.text,
        segments: [
          {
            type: "transcript.text.segment",
            id: "seg_0",
            start: 0,
            end: transcript.seconds,
            text: transcript.text,
            speaker: "A",
          },
        ],
        usage: tokenUsage(transcript),
      });
    default:
      return jsonReply(
        options.task === "transcribe"
          ? { text: transcript.text, usage: tokenUsage(transcript) }
          : { text: transcript.text },
      );
  }
};

export const transcriptionsHandlers = {
  createTranscription: async ({ state, body, streaming }) => {
    const transcript = await transcribe(state, body as CreateTranscriptionParams & { file: Blob });
    if (!streaming) {
      return answer(transcript, body.response_format, {
        words: body.timestamp_granularities?.includes("word"),
        task: "transcribe",
      });
    }
    return {
      kind: "sse",
      messages: typedEvents([
        ...transcriptDeltas(transcript).map((delta) => ({ type: "transcript.text.delta", delta })),
        { type: "transcript.text.done", text: transcript.text, usage: tokenUsage(transcript) },
      ]),
    };
  },
  createTranslation: async ({ state, body }) =>
    answer(
      await transcribe(state, body as CreateTranslationParams & { file: Blob }),
      body.response_format,
      {
        task: "translate",
      },
    ),
} satisfies Partial<OperationHandlers>;
