import { countTokens } from "../../generate/tokens.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { bytesToBase64 } from "../../media/base64.js";
import { speechPcm, speechWav } from "../../media/wav.js";
import { typedEvents } from "../../wire/reply.js";

const CHUNK = 16_384;

/**
 * Speech: a WAV of a tone as long as the text would take to say, carrying the text so a
 * transcription of it gives the text back; `pcm` gets the raw samples. Every other format is
 * answered as WAV too (`content-type: audio/wav`), as the emulator has no encoders.
 */
export const speechHandlers = {
  createSpeech: ({ body, streaming, state }) => {
    const pcm = body.response_format === "pcm";
    const audio = pcm ? speechPcm(body.input) : speechWav(body.input);
    const tokens = countTokens(body.input);
    state.rateLimits.countTokens(tokens);
    if (!streaming) {
      return {
        kind: "bytes",
        status: 200,
        body: audio,
        contentType: pcm ? "audio/pcm" : "audio/wav",
      };
    }
    const deltas = [];
    for (let i = 0; i < audio.length; i += CHUNK) {
      deltas.push({
        type: "speech.audio.delta",
        audio: bytesToBase64(audio.subarray(i, i + CHUNK)),
      });
    }
    const output = Math.ceil(audio.length / 1000);
    return {
      kind: "sse",
      messages: typedEvents([
        ...deltas,
        {
          type: "speech.audio.done",
          usage: { input_tokens: tokens, output_tokens: output, total_tokens: tokens + output },
        },
      ]),
    };
  },
} satisfies Partial<OperationHandlers>;
