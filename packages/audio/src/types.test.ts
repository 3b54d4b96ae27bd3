import type { PagePromise, Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateSpeechParams,
  type CreateSpeechResponseStreamEvent,
  type CreateTranscriptionParams,
  type CreateTranscriptionResponseDiarizedJson,
  type CreateTranscriptionResponseJson,
  type CreateTranscriptionResponseStreamEvent,
  type CreateTranscriptionResponseVerboseJson,
  type CreateTranslationResponseJson,
  type CreateTranslationResponseVerboseJson,
  createSpeech,
  type createTranscription,
  type createTranslation,
  type listVoiceConsents,
  type StreamSpeechParams,
  streamSpeech,
  streamTranscription,
  type VoiceConsentResource,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Audio types", () => {
  it("createSpeech needs model, input and voice, resolves to the raw Response, and refuses sse", () => {
    expectTypeOf(createSpeech).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<{ model: "tts-1"; input: "Hi"; voice: "alloy" }>().toExtend<CreateSpeechParams>();
    expectTypeOf<{ model: "tts-1"; input: "Hi" }>().not.toExtend<CreateSpeechParams>();
    expectTypeOf<{ model: "tts-1"; voice: { id: "voice_1" } }>().not.toExtend<CreateSpeechParams>();
    expectTypeOf<CreateSpeechParams["response_format"]>().toEqualTypeOf<
      "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm" | undefined
    >();
    expectTypeOf<CreateSpeechParams["stream_format"]>().toEqualTypeOf<"audio" | undefined>();
    expectTypeOf<StreamSpeechParams>().not.toHaveProperty("stream_format");
  });

  it("streamSpeech yields speech events; the delta event narrows to base64 audio", () => {
    expectTypeOf(streamSpeech).returns.toEqualTypeOf<Stream<CreateSpeechResponseStreamEvent>>();
    type Delta = Extract<CreateSpeechResponseStreamEvent, { type: "speech.audio.delta" }>;
    expectTypeOf<Delta["audio"]>().toEqualTypeOf<string>();
    type Done = Extract<CreateSpeechResponseStreamEvent, { type: "speech.audio.done" }>;
    expectTypeOf<Done["usage"]["total_tokens"]>().toEqualTypeOf<number>();
  });

  it("createTranscription needs a Blob and a model, keeps its format enum, and refuses stream: true", () => {
    expectTypeOf<{ file: Blob; model: "whisper-1" }>().toExtend<CreateTranscriptionParams>();
    expectTypeOf<{ file: "a.mp3"; model: "whisper-1" }>().not.toExtend<CreateTranscriptionParams>();
    expectTypeOf<{ model: "whisper-1" }>().not.toExtend<CreateTranscriptionParams>();
    expectTypeOf<{
      file: Blob;
      model: "whisper-1";
      response_format: "xml";
    }>().not.toExtend<CreateTranscriptionParams>();
    expectTypeOf<{
      file: Blob;
      model: "whisper-1";
      stream: true;
    }>().not.toExtend<CreateTranscriptionParams>();
    expectTypeOf<CreateTranscriptionResponseVerboseJson>().toExtend<
      Awaited<ReturnType<typeof createTranscription>>
    >();
  });

  it("createTranscription and createTranslation resolve to the JSON forms or, for text, srt and vtt, a string", () => {
    expectTypeOf<ReturnType<typeof createTranscription>>().toEqualTypeOf<
      Promise<
        | CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
        | string
      >
    >();
    expectTypeOf<ReturnType<typeof createTranslation>>().toEqualTypeOf<
      Promise<CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | string>
    >();
  });

  it("streamTranscription yields transcript events; consent lists page over consents", () => {
    expectTypeOf(streamTranscription).returns.toEqualTypeOf<
      Stream<CreateTranscriptionResponseStreamEvent>
    >();
    type Delta = Extract<CreateTranscriptionResponseStreamEvent, { type: "transcript.text.delta" }>;
    expectTypeOf<Delta["delta"]>().toEqualTypeOf<string>();
    expectTypeOf<ItemOf<typeof listVoiceConsents>>().toEqualTypeOf<VoiceConsentResource>();
  });
});
