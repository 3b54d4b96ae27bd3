// One candidate and one scenario in their own process: no sample pays for the garbage another
// client (or another kind of call) left behind, or runs on code that other calls made
// polymorphic. The parent asks for one sample at a time, so workers never compete for the CPU.
import { allCandidates } from "./all-candidates.js";
import { scenarios, type ThroughputSettings } from "./scenarios.js";

export interface WorkerInit {
  baseURL: string;
  name: string;
  scenario: string;
  settings: ThroughputSettings;
  warmups: number;
}

process.once("message", async (init: WorkerInit) => {
  const candidate = (await allCandidates(init.baseURL)).find((c) => c.name === init.name);
  if (!candidate) throw new Error(`no bench candidate named ${init.name}`);
  const scenario = scenarios(init.settings).find((s) => s.id === init.scenario);
  if (!scenario) throw new Error(`no bench scenario named ${init.scenario}`);
  for (let i = 0; i < init.warmups; i++) await scenario.warm(candidate);
  process.on("message", async () => {
    // Untimed, so the sample starts with the code hot and the process in its steady state.
    await scenario.warm(candidate);
    process.send!({ value: await scenario.run(candidate) });
  });
  process.send!({ ready: true });
});
