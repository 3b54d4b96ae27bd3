import { ValidationError } from "@oaikit/core";
import { describe, expect, it } from "vitest";
import { pcm16Base64 } from "./pcm16-base64.js";

const bytes = (base64: string) => [...Buffer.from(base64, "base64")];

describe("pcm16Base64", () => {
  it("writes Int16 samples little-endian", () => {
    expect(bytes(pcm16Base64(new Int16Array([1, -2, 0x7fff])))).toEqual([
      1, 0, 0xfe, 0xff, 0xff, 0x7f,
    ]);
  });

  it("scales and clamps Float32 samples to the Int16 range", () => {
    const samples = new Float32Array([0, 1, -1, 2, -2, 0.5]);
    const view = new DataView(Uint8Array.from(bytes(pcm16Base64(samples))).buffer);
    const out = Array.from({ length: samples.length }, (_, i) => view.getInt16(i * 2, true));
    expect(out).toEqual([0, 32767, -32768, 32767, -32768, 16383]);
  });

  it("passes raw bytes through, from a view's own range only", () => {
    const backing = new Uint8Array([9, 9, 1, 2, 3, 4, 9, 9]);
    expect(bytes(pcm16Base64(backing.subarray(2, 6)))).toEqual([1, 2, 3, 4]);
    expect(bytes(pcm16Base64(new Int16Array(backing.buffer, 2, 2)))).toEqual([1, 2, 3, 4]);
    expect(bytes(pcm16Base64(new Uint8Array([5, 6]).buffer))).toEqual([5, 6]);
  });

  it("encodes more than one String.fromCharCode batch", () => {
    const long = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(Buffer.from(pcm16Base64(long), "base64").equals(Buffer.from(long))).toBe(true);
  });

  it("refuses half samples and other inputs, naming the field", () => {
    expect(() => pcm16Base64(new Uint8Array(3))).toThrow(ValidationError);
    expect(() => pcm16Base64("AAAA" as never)).toThrow(/audio must be/);
  });
});
