import type { IncomingMessage } from "node:http";

/**
 * The request body as a web stream that reads only as fast as it is consumed. Cancelling it
 * (a request answered without its body) discards the rest as it arrives instead of destroying
 * the socket, so the answer still reaches the client and the connection stays usable.
 */
const bodyOf = (req: IncomingMessage): ReadableStream<Uint8Array> => {
  req.pause();
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once("end", () => cancelled || controller.close());
      req.once("error", (error) => cancelled || controller.error(error));
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
};

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
    body: hasBody ? bodyOf(req) : null,
    signal,
    duplex: "half",
  } as RequestInit);
};
