/** Appends little- or big-endian integers and bytes; media writers build files with it. */
export interface ByteWriter {
  u8(value: number): ByteWriter;
  u16le(value: number): ByteWriter;
  u32le(value: number): ByteWriter;
  u32be(value: number): ByteWriter;
  bytes(value: Uint8Array | string): ByteWriter;
  readonly length: number;
  finish(): Uint8Array<ArrayBuffer>;
}

export const byteWriter = (): ByteWriter => {
  const parts: number[] = [];
  const writer: ByteWriter = {
    u8: (value) => {
      parts.push(value & 0xff);
      return writer;
    },
    u16le: (value) => writer.u8(value).u8(value >>> 8),
    u32le: (value) => writer.u16le(value).u16le(value >>> 16),
    u32be: (value) =>
      writer
        .u8(value >>> 24)
        .u8(value >>> 16)
        .u8(value >>> 8)
        .u8(value),
    bytes: (value) => {
      for (const byte of typeof value === "string" ? new TextEncoder().encode(value) : value) {
        parts.push(byte);
      }
      return writer;
    },
    get length() {
      return parts.length;
    },
    finish: () => Uint8Array.from(parts),
  };
  return writer;
};
