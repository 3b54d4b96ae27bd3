import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "./base64.js";
import { crc32 } from "./crc32.js";
import { placeholderMp4 } from "./mp4.js";
import { solidPng } from "./png.js";
import { readWav, speechWav } from "./wav.js";
import { zipStored } from "./zip.js";

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

describe("media", () => {
  it("writes PNGs whose chunks carry correct CRCs and the asked size", () => {
    const png = solidPng([200, 10, 10], 4);
    expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const chunks: string[] = [];
    for (let at = 8; at < png.length; ) {
      const length = view(png).getUint32(at);
      const type = ascii(png.subarray(at + 4, at + 8));
      expect(view(png).getUint32(at + 8 + length)).toBe(
        crc32(png.subarray(at + 4, at + 8 + length)),
      );
      if (type === "IHDR") expect(view(png).getUint32(at + 8)).toBe(4);
      chunks.push(type);
      at += 12 + length;
    }
    expect(chunks).toEqual(["IHDR", "tEXt", "IDAT", "IEND"]);
  });

  it("writes WAVs whose header matches their samples and that carry their text", () => {
    const wav = speechWav("Hello there");
    expect(ascii(wav.subarray(0, 4))).toBe("RIFF");
    expect(view(wav).getUint32(4, true)).toBe(wav.length - 8);
    const info = readWav(wav)!;
    expect(info.comment).toBe("Hello there");
    expect(info.seconds).toBeGreaterThan(0.5);
    expect(readWav(new TextEncoder().encode("not audio"))).toBeUndefined();
  });

  it("writes ZIPs whose central directory points at each stored entry", () => {
    const zip = zipStored([
      { name: "a/SKILL.md", bytes: new TextEncoder().encode("# hi") },
      { name: "a/b.txt", bytes: new TextEncoder().encode("bee") },
    ]);
    const end = zip.length - 22;
    expect(view(zip).getUint32(end, true)).toBe(0x06054b50);
    expect(view(zip).getUint16(end + 10, true)).toBe(2);
    let at = view(zip).getUint32(end + 16, true);
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const nameLength = view(zip).getUint16(at + 28, true);
      const offset = view(zip).getUint32(at + 42, true);
      expect(view(zip).getUint32(offset, true)).toBe(0x04034b50);
      names.push(ascii(zip.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength;
    }
    expect(names).toEqual(["a/SKILL.md", "a/b.txt"]);
  });

  it("writes MP4s of boxes that open with ftyp and chain by their sizes", () => {
    const mp4 = placeholderMp4("boat");
    expect(ascii(mp4.subarray(4, 12))).toBe("ftypisom");
    const types: string[] = [];
    for (let at = 0; at < mp4.length; at += view(mp4).getUint32(at)) {
      types.push(ascii(mp4.subarray(at + 4, at + 8)));
    }
    expect(types).toEqual(["ftyp", "free", "mdat"]);
  });

  it("round-trips base64 without Buffer", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 251);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
