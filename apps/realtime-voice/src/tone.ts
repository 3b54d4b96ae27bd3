/** `seconds` of a sine tone at `hz`, as float samples at `sampleRate`, in 100 ms chunks. */
export const toneChunks = (hz: number, seconds: number, sampleRate = 24_000): Float32Array[] => {
  const chunk = sampleRate / 10;
  const chunks: Float32Array[] = [];
  for (let start = 0; start < seconds * sampleRate; start += chunk) {
    chunks.push(
      Float32Array.from(
        { length: chunk },
        (_, i) => 0.3 * Math.sin((2 * Math.PI * hz * (start + i)) / sampleRate),
      ),
    );
  }
  return chunks;
};
