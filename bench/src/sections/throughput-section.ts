import { renderThroughput } from "../report/render-throughput.js";
import { startServer } from "../server/start-server.js";
import type { BenchSettings } from "../settings.js";
import { allCandidates } from "../throughput/all-candidates.js";
import { runThroughput, type ThroughputResult } from "../throughput/run-throughput.js";
import type { Section } from "./section.js";

export const throughputSection = async (
  settings: BenchSettings,
): Promise<Section<ThroughputResult[]>> => {
  const server = await startServer(settings.throughput.sseEvents);
  try {
    // Built here only for their names and abilities; each runs in its own worker process.
    const candidates = await allCandidates(server.baseURL);
    const results = await runThroughput(server.baseURL, candidates, settings.throughput, settings);
    const names = candidates.map((candidate) => candidate.name);
    return { data: results, text: renderThroughput(results, names, settings.rounds) };
  } finally {
    await server.stop();
  }
};
