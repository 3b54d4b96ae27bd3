import type { IncomingMessage, ServerResponse } from "node:http";

/** First attempts that fail, chosen by a path prefix before `/v1`. */
export type FaultKind = "fail-503" | "reset";

export const faultKinds: FaultKind[] = ["fail-503", "reset"];

const attempts: Record<FaultKind, number> = { "fail-503": 0, reset: 0 };

/**
 * Fails every odd request of a kind, so each sequential call sees exactly one failure and then a
 * success. Returns true when it answered (or dropped) the request itself.
 */
export const injectFault = (
  kind: FaultKind,
  req: IncomingMessage,
  res: ServerResponse,
): boolean => {
  attempts[kind]++;
  if (attempts[kind] % 2 === 0) return false;
  if (kind === "reset") {
    // Before any header: the client sees a network error, not a status.
    req.socket.destroy();
    return true;
  }
  const body = JSON.stringify({
    error: { message: "Overloaded", type: "server_error", param: null, code: null },
  });
  res.writeHead(503, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "retry-after-ms": "0",
    "x-request-id": "req_bench_fault",
  });
  res.end(body);
  return true;
};
