export interface StaticChunking {
  max_chunk_size_tokens: number;
  chunk_overlap_tokens: number;
}

export const DEFAULT_CHUNKING: StaticChunking = {
  max_chunk_size_tokens: 800,
  chunk_overlap_tokens: 400,
};

/** Overlapping windows of the text, about four characters per token like the token estimate. */
export const chunkText = (text: string, chunking: StaticChunking): string[] => {
  const size = chunking.max_chunk_size_tokens * 4;
  const step = Math.max(1, size - chunking.chunk_overlap_tokens * 4);
  if (text.length <= size) return text.trim() === "" ? [] : [text];
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += step) {
    chunks.push(text.slice(start, start + size));
    if (start + size >= text.length) break;
  }
  return chunks;
};
