import type { LoadedCore } from "../load-core.js";
import { eventSourceNames } from "../memory/event-sources.js";
import { measureMemory } from "../memory/measure-memory.js";
import type { MemoryRun } from "../memory/memory-sample.js";
import { renderMemory } from "../report/render-memory.js";
import { startServer } from "../server/start-server.js";
import type { BenchSettings } from "../settings.js";
import type { Section } from "./section.js";

export const memorySection = async (
  core: LoadedCore | undefined,
  settings: BenchSettings["memory"],
): Promise<Section<MemoryRun[]>> => {
  const server = await startServer(10);
  const origin = server.baseURL.replace(/\/v1$/, "");
  try {
    const names = eventSourceNames.filter((name) => core || name !== "oaikit core");
    const runs: MemoryRun[] = [];
    // One after another: two streams at once would fight over the 2 cores and blur events/s.
    for (const name of names) {
      runs.push(await measureMemory(name, origin, settings.events, settings.sampleEvery));
    }
    return { data: runs, text: renderMemory(runs, settings.sampleEvery) };
  } finally {
    await server.stop();
  }
};
