import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as it arrived on the wire. */
export interface Recorded {
  method: string;
  /** Path and query, e.g. "/v1/files?after=file_1". */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What to answer: a JSON value, raw bytes/text with headers, or SSE chunks. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | string[];
}

export interface RecordingServer {
  /** "http://127.0.0.1:<port>/v1", a client's baseURL. */
  baseURL: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1 that records each request and answers with `reply(request)`. */
export async function startRecordingServer(
  reply: (request: Recorded) => Reply,
): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      const answer = reply(recorded);
      res.writeHead(answer.status ?? 200, answer.headers ?? { "content-type": "application/json" });
      for (const chunk of Array.isArray(answer.body) ? answer.body : [answer.body ?? ""]) {
        res.write(chunk);
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const json = (value: unknown): Reply => ({ body: JSON.stringify(value) });

/** A text/event-stream reply of `events`, each sent as one `data:` frame, then `[DONE]`. */
export const sse = (events: unknown[], done = true): Reply => ({
  headers: { "content-type": "text/event-stream" },
  body: [
    ...events.map((e) => `data: ${JSON.stringify(e)}\n\n`),
    ...(done ? ["data: [DONE]\n\n"] : []),
  ],
});

/** The multipart form a request carried, parsed by the platform's own FormData parser. */
export function formOf(request: Recorded): Promise<FormData> {
  return new Request("http://127.0.0.1/", {
    method: "POST",
    headers: { "content-type": String(request.headers["content-type"]) },
    body: new Uint8Array(request.body),
  }).formData();
}
