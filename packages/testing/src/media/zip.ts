import { byteWriter } from "./byte-writer.js";
import { crc32 } from "./crc32.js";

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** A ZIP archive of stored (uncompressed) entries; every unzip tool reads it. */
export const zipStored = (entries: readonly ZipEntry[]): Uint8Array => {
  const out = byteWriter();
  const central = byteWriter();
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.bytes);
    const offset = out.length;
    const common = (w: ReturnType<typeof byteWriter>) =>
      w
        .u16le(20)
        .u16le(0x0800)
        .u16le(0)
        .u16le(0)
        .u16le(0x21)
        .u32le(crc)
        .u32le(entry.bytes.length)
        .u32le(entry.bytes.length)
        .u16le(name.length)
        .u16le(0);
    common(out.u32le(0x04034b50)).bytes(name).bytes(entry.bytes);
    common(central.u32le(0x02014b50).u16le(20))
      .u16le(0)
      .u16le(0)
      .u16le(0)
      .u32le(0)
      .u32le(offset)
      .bytes(name);
  }
  const directory = central.finish();
  const start = out.length;
  return out
    .bytes(directory)
    .u32le(0x06054b50)
    .u16le(0)
    .u16le(0)
    .u16le(entries.length)
    .u16le(entries.length)
    .u32le(directory.length)
    .u32le(start)
    .u16le(0)
    .finish();
};
