import { isBuilt } from "./paths.js";
import type { CreateSSEParser } from "./sse/parsers.js";
import type { Candidate } from "./throughput/candidate.js";

export interface LoadedCore {
  candidates: (baseURL: string) => Candidate[];
  createSSEParser: CreateSSEParser | undefined;
}

/** Core as users get it (its built dist), or undefined while it is not built. */
export const loadCore = async (): Promise<LoadedCore | undefined> => {
  if (!isBuilt("core") || !isBuilt("responses")) return undefined;
  const [{ coreCandidates }, core] = await Promise.all([
    import("./throughput/core-candidate.js"),
    import("@oaikit/core") as Promise<Record<string, unknown>>,
  ]);
  const parser = core.createSSEParser;
  return {
    candidates: coreCandidates,
    createSSEParser: typeof parser === "function" ? (parser as CreateSSEParser) : undefined,
  };
};
