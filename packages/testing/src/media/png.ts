import { byteWriter } from "./byte-writer.js";
import { crc32 } from "./crc32.js";

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const body = byteWriter().bytes(type).bytes(data).finish();
  return byteWriter().u32be(data.length).bytes(body).u32be(crc32(body)).finish();
};

/** zlib framing around "stored" (uncompressed) deflate blocks: valid without a compressor. */
const zlibStored = (data: Uint8Array): Uint8Array => {
  const out = byteWriter().u8(0x78).u8(0x01);
  for (let offset = 0; offset < data.length || offset === 0; offset += 0xffff) {
    const block = data.subarray(offset, offset + 0xffff);
    const last = offset + 0xffff >= data.length;
    out
      .u8(last ? 1 : 0)
      .u16le(block.length)
      .u16le(~block.length & 0xffff)
      .bytes(block);
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return out.u32be(((b << 16) | a) >>> 0).finish();
};

/** A colour from the text, so different prompts give visibly different images. */
export const colourOf = (text: string): [number, number, number] => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return [h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff];
};

/** The text chunk that marks images the emulator made, for its content provenance checks. */
export const EMULATOR_MARK = "oaikit emulator";

/** A valid PNG of one solid colour (RGB, 8 bits), `size` pixels square, marked as the emulator's. */
export const solidPng = (
  rgb: readonly [number, number, number],
  size = 8,
): Uint8Array<ArrayBuffer> => {
  const row = [0, ...Array.from({ length: size }, () => rgb).flat()];
  const pixels = Uint8Array.from(Array.from({ length: size }, () => row).flat());
  const header = byteWriter().u32be(size).u32be(size).u8(8).u8(2).u8(0).u8(0).u8(0).finish();
  return byteWriter()
    .bytes(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))
    .bytes(chunk("IHDR", header))
    .bytes(chunk("tEXt", new TextEncoder().encode(`Software\0${EMULATOR_MARK}`)))
    .bytes(chunk("IDAT", zlibStored(pixels)))
    .bytes(chunk("IEND", new Uint8Array()))
    .finish();
};
