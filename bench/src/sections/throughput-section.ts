import type { LoadedCore } from "../load-core.js";
import { renderThroughput } from "../report/render-throughput.js";
import { startServer } from "../server/start-server.js";
import type { BenchSettings } from "../settings.js";
import type { Candidate } from "../throughput/candidate.js";
import { kyCandidate } from "../throughput/ky-candidate.js";
import { openaiCandidate } from "../throughput/openai-candidate.js";
import { rawFetchCandidate } from "../throughput/raw-fetch-candidate.js";
import { runThroughput, type ThroughputResult } from "../throughput/run-throughput.js";
import { scenarios } from "../throughput/scenarios.js";
import type { Section } from "./section.js";

export const throughputSection = async (
  core: LoadedCore | undefined,
  settings: BenchSettings,
): Promise<Section<ThroughputResult[]>> => {
  const server = await startServer(settings.throughput.sseEvents);
  try {
    const candidates: Candidate[] = [
      rawFetchCandidate(server.baseURL),
      openaiCandidate(server.baseURL),
      ...(core ? [core.candidate(server.baseURL)] : []),
      await kyCandidate(server.baseURL),
    ];
    const results = await runThroughput(
      candidates,
      scenarios(settings.throughput),
      settings.rounds,
      settings.warmupRequests,
    );
    const names = candidates.map((candidate) => candidate.name);
    return { data: results, text: renderThroughput(results, names, settings.rounds) };
  } finally {
    await server.stop();
  }
};
