import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";

/** An incoming Node request as a web Request, aborted when the client goes away. */
export const toWebRequest = (
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Request => {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    signal,
    duplex: "half",
  } as RequestInit);
};
