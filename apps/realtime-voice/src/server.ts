import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@oaikit/core";
import { createRealtimeClientSecret } from "@oaikit/realtime";
import { createEmulator, type NodeEmulator } from "@oaikit/testing/node";
import { build } from "esbuild";

export interface VoiceServer {
  url: string;
  /** Where the browser connects: the emulator's base URL, or the API's. */
  apiBaseURL: string;
  close(): Promise<void>;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The page's script, bundled for browsers; it holds no key. */
const bundlePage = async (): Promise<string> => {
  const result = await build({
    entryPoints: [here("./page.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
};

/**
 * Serves the page and `POST /session`, which mints an ephemeral client secret for it. Talks to
 * the OpenAI API when OPENAI_API_KEY is set, else to an emulator it starts on 127.0.0.1.
 */
export const startVoiceServer = async (
  options: { port?: number; model?: string } = {},
): Promise<VoiceServer> => {
  const model = options.model ?? "gpt-realtime";
  let emulator: NodeEmulator | undefined;
  let client: Client;
  if (process.env.OPENAI_API_KEY) {
    client = createClient();
  } else {
    emulator = createEmulator();
    const { baseURL } = await emulator.listen();
    client = createClient({ apiKey: "sk-voice-demo", baseURL });
  }
  const [html, script] = await Promise.all([readFile(here("./page.html"), "utf8"), bundlePage()]);
  const server: Server = createServer(async (request, response) => {
    try {
      if (request.method === "GET" && (request.url === "/" || request.url === "/index.html")) {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      } else if (request.method === "GET" && request.url === "/page.js") {
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
      } else if (request.method === "POST" && request.url === "/session") {
        const secret = await createRealtimeClientSecret(client, {
          expires_after: { anchor: "created_at", seconds: 600 },
          session: { type: "realtime", model, instructions: "Greet the user briefly." },
        });
        response
          .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
          .end(JSON.stringify({ secret: secret.value, baseURL: client.config.baseURL, model }));
      } else {
        response.writeHead(404).end();
      }
    } catch (error) {
      response.writeHead(502, { "content-type": "text/plain" }).end(`${(error as Error).name}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    apiBaseURL: client.config.baseURL,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator?.close();
    },
  };
};
