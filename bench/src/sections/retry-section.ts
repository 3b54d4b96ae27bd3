import type { LoadedCore } from "../load-core.js";
import { renderRetry } from "../report/render-retry.js";
import { measureRetry, type RetryResult } from "../retry/measure-retry.js";
import { coreRetryClient, openaiRetryClient } from "../retry/retry-clients.js";
import { startServer } from "../server/start-server.js";
import type { BenchSettings } from "../settings.js";
import type { Section } from "./section.js";

export const retrySection = async (
  core: LoadedCore | undefined,
  settings: BenchSettings["retry"],
): Promise<Section<RetryResult[]>> => {
  const server = await startServer(10);
  const origin = server.baseURL.replace(/\/v1$/, "");
  try {
    const clients = [...(core ? [await coreRetryClient(origin)] : []), openaiRetryClient(origin)];
    const results = await measureRetry(clients, settings.rounds, settings.warmupCalls);
    return { data: results, text: renderRetry(results, settings.rounds) };
  } finally {
    await server.stop();
  }
};
