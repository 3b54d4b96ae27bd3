import type { ServerResponse } from "node:http";

/** Drops the connection the way a crashed or reset peer would: with a TCP RST where possible. */
export const resetConnection = (res: ServerResponse): void => {
  const socket = res.socket;
  if (socket && typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else res.destroy();
};

/** Resolves once the chunk is handed to the socket, so a later reset cannot overtake it. */
const write = (res: ServerResponse, chunk: Uint8Array) =>
  new Promise<void>((resolve, reject) => {
    res.write(chunk, (error) => (error ? reject(error) : resolve()));
  });

/**
 * Streams a web Response into a Node response chunk by chunk, so drips and stalls reach the
 * client as they happen. A body that errors (a mid-body fault) drops the connection.
 */
export const writeResponse = async (response: Response, res: ServerResponse): Promise<void> => {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.flushHeaders();
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on("close", () => {
    if (!res.writableFinished) reader.cancel().catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      await write(res, value);
    }
    res.end();
  } catch {
    // Closing (not resetting) keeps the bytes already sent ahead of the end of the connection.
    res.destroy();
  }
};
