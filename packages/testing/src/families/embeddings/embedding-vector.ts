/** FNV-1a: a stable 32-bit seed from the text, so equal inputs embed equally. */
const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** A deterministic unit-length vector for `text`. */
export const embeddingVector = (text: string, dimensions: number): number[] => {
  let state = hash(text);
  const values: number[] = [];
  for (let i = 0; i < dimensions; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    values.push(state / 4294967296 - 0.5);
  }
  const norm = Math.sqrt(values.reduce((sum, x) => sum + x * x, 0)) || 1;
  return values.map((x) => Math.fround(x / norm));
};

/** The vector as the API's `encoding_format: "base64"` sends it: little-endian float32. */
export const toBase64 = (vector: readonly number[]): string => {
  const bytes = new Uint8Array(new Float32Array(vector).buffer);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};
