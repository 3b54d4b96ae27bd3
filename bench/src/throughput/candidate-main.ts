// One candidate in its own process: no sample pays for the garbage another client left behind
// or runs on code another client's calls made polymorphic. The parent asks for one sample at a
// time, so the candidates never compete for the CPU.
import { allCandidates } from "./all-candidates.js";
import { scenarios, type ThroughputSettings } from "./scenarios.js";

export interface WorkerInit {
  baseURL: string;
  name: string;
  settings: ThroughputSettings;
  warmupRequests: number;
}

process.once("message", async (init: WorkerInit) => {
  const candidate = (await allCandidates(init.baseURL)).find((c) => c.name === init.name);
  if (!candidate) throw new Error(`no bench candidate named ${init.name}`);
  const list = scenarios(init.settings);
  if (candidate.json) for (let i = 0; i < init.warmupRequests; i++) await candidate.json();
  await candidate.stream?.();
  process.on("message", async ({ scenario: id }: { scenario: string }) => {
    const scenario = list.find((s) => s.id === id)!;
    // Untimed, so the sample starts with the code hot and the process in its steady state.
    await scenario.warm(candidate);
    process.send!({ value: await scenario.run(candidate) });
  });
  process.send!({ ready: true });
});
