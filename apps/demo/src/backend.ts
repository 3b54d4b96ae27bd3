import { type Client, createClient } from "@oaikit/core";
import { nodeFetchOptions } from "@oaikit/core/node";
import { createEmulator, type NodeEmulator } from "@oaikit/testing/node";

export interface Backend {
  client: Client;
  /** Present when the demo talks to the embedded mock API, which can be told to misbehave. */
  emulator: NodeEmulator | undefined;
  description: string;
  close(): Promise<void>;
}

/** The real API when a key is set, otherwise the emulator served over HTTP on 127.0.0.1. */
export const openBackend = async (): Promise<Backend> => {
  const options = { fetchOptions: nodeFetchOptions(), maxRetries: 2 };
  if (process.env.OPENAI_API_KEY) {
    const client = createClient(options);
    return {
      client,
      emulator: undefined,
      description: `the OpenAI API at ${client.config.baseURL}`,
      close: async () => {},
    };
  }
  const emulator = createEmulator();
  const server = await emulator.listen();
  return {
    client: createClient({ ...options, apiKey: "sk-demo-not-a-real-key", baseURL: server.baseURL }),
    emulator,
    description: `the embedded mock API (@oaikit/testing) at ${server.baseURL}; set OPENAI_API_KEY to use the real one`,
    close: () => emulator.close(),
  };
};
