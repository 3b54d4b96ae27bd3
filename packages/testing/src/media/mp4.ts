import { byteWriter } from "./byte-writer.js";

const box = (type: string, payload: Uint8Array) =>
  byteWriter()
    .u32be(8 + payload.length)
    .bytes(type)
    .bytes(payload)
    .finish();

/**
 * An ISO base media (MP4) file that players and sniffers recognise by its `ftyp`; it holds the
 * prompt in a `free` box and no frames, which is all a test of the download path needs.
 */
export const placeholderMp4 = (prompt: string): Uint8Array =>
  byteWriter()
    .bytes(box("ftyp", byteWriter().bytes("isom").u32be(0x200).bytes("isomiso2mp41").finish()))
    .bytes(box("free", new TextEncoder().encode(prompt)))
    .bytes(box("mdat", new Uint8Array()))
    .finish();
