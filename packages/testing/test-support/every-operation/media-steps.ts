import { solidPng } from "../../src/media/png.js";
import { speechWav } from "../../src/media/wav.js";
import { DURATIONS, type Harness } from "./harness.js";

const png = () => new File([solidPng([10, 20, 30])], "in.png", { type: "image/png" });
const wav = (text: string) => new File([speechWav(text)], "in.wav", { type: "audio/wav" });

/** Images and audio: generation, edits, speech and its transcription, voices. */
export const mediaSteps = async ({ run, stream }: Harness): Promise<void> => {
  await run("createImage", { prompt: "a red fox", model: "gpt-image-1" });
  await stream("createImage", { prompt: "a fox", model: "gpt-image-1", partial_images: 1 });
  await stream("createImageEdit", { prompt: "a hat", image: png(), model: "gpt-image-1" });
  await run("createImageEdit", { prompt: "add a hat", image: png(), model: "gpt-image-1" });
  await run("createImageVariation", { image: png(), model: "dall-e-2" });

  const speech: Response = await run("createSpeech", {
    model: "gpt-4o-mini-tts",
    voice: "alloy",
    input: "Hello from the emulator.",
    response_format: "wav",
  });
  const spoken = new File([await speech.arrayBuffer()], "speech.wav", { type: "audio/wav" });
  await run("createTranscription", { file: spoken, model: "gpt-4o-transcribe" });
  await stream("createTranscription", { file: spoken, model: "gpt-4o-transcribe" });
  await stream("createSpeech", { model: "gpt-4o-mini-tts", voice: "alloy", input: "Streamed." });
  await run("createTranslation", { file: wav("Bonjour"), model: "whisper-1" });

  const consent = await run("createVoiceConsent", {
    name: "Ada",
    language: "en-US",
    recording: wav("I consent"),
  });
  await run("listVoiceConsents", {});
  await run("retrieveVoiceConsent", { consent_id: consent.id });
  await run("updateVoiceConsent", { consent_id: consent.id, name: "Ada L." });
  await run("createVoice", { name: "ada", consent: consent.id, audio_sample: wav("sample") });
  await run("deleteVoiceConsent", { consent_id: consent.id });
};

/** Videos: render on the emulator clock, then download; remix, edit, extend, characters. */
export const videoSteps = async ({ run, emulator }: Harness): Promise<void> => {
  const video = await run("createVideo", { prompt: "a paper boat", seconds: "4" });
  const video_id = video.id;
  emulator.advance(DURATIONS.video);
  await run("listVideos", {});
  await run("retrieveVideo", { video_id });
  await run("downloadVideoContent", { video_id, variant: "video" });
  await run("remixVideo", { video_id, prompt: "at night" });
  await run("editVideo", { video: { id: video_id }, prompt: "in the rain" });
  await run("extendVideo", { video: { id: video_id }, prompt: "longer", seconds: "8" });
  const character = await run("createVideoCharacter", {
    name: "Boaty",
    video: new File([new Uint8Array(16)], "clip.mp4", { type: "video/mp4" }),
  });
  await run("retrieveVideoCharacter", { character_id: character.id });
  await run("deleteVideo", { video_id });
};
