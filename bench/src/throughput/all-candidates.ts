import { loadCore } from "../load-core.js";
import type { Candidate } from "./candidate.js";
import { kyCandidate } from "./ky-candidate.js";
import { openaiCandidate, openaiFinalCandidate } from "./openai-candidate.js";
import { rawFetchCandidates } from "./raw-fetch-candidate.js";

/** Every client under test, bound to the bench server; core's rows only once it is built. */
export const allCandidates = async (baseURL: string): Promise<Candidate[]> => {
  const core = await loadCore();
  return [
    ...rawFetchCandidates(baseURL),
    openaiCandidate(baseURL),
    openaiFinalCandidate(baseURL),
    ...(core ? core.candidates(baseURL) : []),
    await kyCandidate(baseURL),
  ];
};
