export interface Candidate {
  fileId: string;
  filename: string;
  attributes: Record<string, string | number | boolean>;
  chunk: string;
}

const terms = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A keyword stand-in for semantic search: a chunk scores the share of distinct query terms it
 * contains. Deterministic, and good enough to check what an app does with the results.
 */
export const searchChunks = (
  candidates: readonly Candidate[],
  queries: readonly string[],
  threshold: number,
  max: number,
) => {
  const wanted = [...new Set(queries.flatMap(terms))];
  if (wanted.length === 0) return [];
  return candidates
    .map((candidate) => {
      const present = new Set(terms(candidate.chunk));
      const score = wanted.filter((term) => present.has(term)).length / wanted.length;
      return { candidate, score };
    })
    .filter(({ score }) => score > 0 && score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map(({ candidate, score }) => ({
      file_id: candidate.fileId,
      filename: candidate.filename,
      score,
      attributes: candidate.attributes,
      content: [{ type: "text", text: candidate.chunk }],
    }));
};
