import { ValidationError } from "@oaikit/core";

/** Audio `appendAudio` accepts: PCM16 samples, float samples in [-1, 1], or raw PCM16 bytes. */
export type RealtimeAudioInput = Int16Array | Float32Array | ArrayBuffer | Uint8Array;

const littleEndian = /* @__PURE__ */ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();

/** Little-endian PCM16 bytes, as the Realtime API reads `audio/pcm`. */
const pcm16Bytes = (audio: RealtimeAudioInput): Uint8Array => {
  if (audio instanceof Float32Array) {
    const bytes = new Uint8Array(audio.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < audio.length; i++) {
      const sample = Math.max(-1, Math.min(1, audio[i] || 0));
      view.setInt16(i * 2, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
    }
    return bytes;
  }
  if (audio instanceof Int16Array) {
    if (littleEndian) return new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength);
    const bytes = new Uint8Array(audio.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < audio.length; i++) view.setInt16(i * 2, audio[i] as number, true);
    return bytes;
  }
  const bytes = audio instanceof Uint8Array ? audio : new Uint8Array(audio);
  if (bytes.byteLength % 2 !== 0) {
    throw new ValidationError(
      "audio",
      `PCM16 audio has two bytes per sample, but ${bytes.byteLength} bytes were given: pass whole samples.`,
    );
  }
  return bytes;
};

/** Base64 of the audio as little-endian PCM16. */
export const pcm16Base64 = (audio: RealtimeAudioInput): string => {
  if (
    !(
      audio instanceof Int16Array ||
      audio instanceof Float32Array ||
      audio instanceof Uint8Array
    ) &&
    !(audio instanceof ArrayBuffer)
  ) {
    throw new ValidationError(
      "audio",
      "audio must be an Int16Array, a Float32Array, a Uint8Array or an ArrayBuffer of PCM16 samples.",
    );
  }
  const bytes = pcm16Bytes(audio);
  const native = (bytes as { toBase64?: () => string }).toBase64;
  if (typeof native === "function") return native.call(bytes);
  let binary = "";
  // String.fromCharCode takes at most ~65k arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
};
