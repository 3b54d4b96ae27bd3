import { byteWriter } from "./byte-writer.js";

const RATE = 24_000;

/** Samples of a quiet tone whose length follows the text: about 60 ms per character. */
const samples = (text: string): Int16Array => {
  const count = Math.max(RATE / 10, Math.min(RATE * 30, text.length * (RATE * 0.06)));
  const out = new Int16Array(Math.round(count));
  for (let i = 0; i < out.length; i++)
    out[i] = Math.round(2000 * Math.sin((2 * Math.PI * 440 * i) / RATE));
  return out;
};

/** 16-bit mono PCM at 24 kHz, the format the speech endpoint's `pcm` output uses. */
export const speechPcm = (text: string): Uint8Array => new Uint8Array(samples(text).buffer);

/**
 * A valid WAV file of a tone standing in for spoken `text`. The text rides along in a LIST/INFO
 * comment, so transcribing the emulator's own speech gives the text back.
 */
export const speechWav = (text: string): Uint8Array<ArrayBuffer> => {
  const pcm = speechPcm(text);
  const comment = new TextEncoder().encode(`${text}\0`);
  const padded = comment.length + (comment.length % 2);
  const info = byteWriter()
    .bytes("INFO")
    .bytes("ICMT")
    .u32le(comment.length)
    .bytes(comment)
    .bytes(new Uint8Array(padded - comment.length))
    .finish();
  const body = byteWriter()
    .bytes("WAVE")
    .bytes("fmt ")
    .u32le(16)
    .u16le(1)
    .u16le(1)
    .u32le(RATE)
    .u32le(RATE * 2)
    .u16le(2)
    .u16le(16)
    .bytes("LIST")
    .u32le(info.length)
    .bytes(info)
    .bytes("data")
    .u32le(pcm.length)
    .bytes(pcm)
    .finish();
  return byteWriter().bytes("RIFF").u32le(body.length).bytes(body).finish();
};

export interface WavInfo {
  /** The LIST/INFO comment: the text a WAV from `speechWav` was made from. */
  comment: string | undefined;
  seconds: number;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

/** The length and comment of a WAV file; undefined for other bytes. */
export const readWav = (bytes: Uint8Array): WavInfo | undefined => {
  if (bytes.length < 12 || latin1(bytes.subarray(0, 4)) !== "RIFF") return undefined;
  if (latin1(bytes.subarray(8, 12)) !== "WAVE") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let comment: string | undefined;
  let byteRate = 0;
  let dataBytes = 0;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = latin1(bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    const body = bytes.subarray(offset + 8, offset + 8 + size);
    if (id === "fmt " && size >= 12) byteRate = view.getUint32(offset + 16, true);
    if (id === "data") dataBytes = body.length;
    if (id === "LIST" && latin1(body.subarray(0, 8)) === "INFOICMT") {
      const length = view.getUint32(offset + 16, true);
      comment = new TextDecoder().decode(body.subarray(12, 12 + length)).replace(/\0$/, "");
    }
    offset += 8 + size + (size % 2);
  }
  return { comment, seconds: byteRate > 0 ? dataBytes / byteRate : 0 };
};
