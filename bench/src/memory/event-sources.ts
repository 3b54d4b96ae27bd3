import { requestBody } from "../server/fixtures.js";
import { rawFetchEvents } from "./raw-fetch-events.js";

/** One client's streaming call, as the events it yields. */
export type EventSource = (baseURL: string) => AsyncIterable<unknown>;

export const eventSourceNames = ["raw fetch", "openai", "oaikit core", "responses stream"];

const streamBody = { ...requestBody, stream: true } as const;

// Each loads its client lazily, so a child process holds only the client it measures.
const loaders: Record<string, () => Promise<EventSource>> = {
  "raw fetch": async () => rawFetchEvents,
  async openai() {
    const { default: OpenAI } = await import("openai");
    return async function* (baseURL) {
      const client = new OpenAI({ apiKey: "sk-bench", baseURL });
      yield* await client.responses.create(streamBody);
    };
  },
  async "oaikit core"() {
    const { createClient, requestStream } = await import("@oaikit/core");
    return (baseURL) =>
      requestStream(createClient({ apiKey: "sk-bench", baseURL }), {
        method: "POST",
        path: "/responses",
        body: streamBody,
      });
  },
};

// The helper's own per-event work on top of core's: sequence checks, final-event tracking.
loaders["responses stream"] = async () => {
  const [{ createClient }, { streamResponse }] = await Promise.all([
    import("@oaikit/core"),
    import("@oaikit/responses"),
  ]);
  return (baseURL) => streamResponse(createClient({ apiKey: "sk-bench", baseURL }), requestBody);
};

export const loadEventSource = (name: string): Promise<EventSource> => {
  const load = loaders[name];
  if (!load) throw new Error(`unknown event source ${name}`);
  return load();
};
