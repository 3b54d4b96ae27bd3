import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import type { StatusFault, WsCloseFault, WsDropFault } from "../faults/types.js";
import { type ApiError, errorForStatus } from "../wire/api-error.js";

/** Answers the upgrade request with plain HTTP, so the client never gets a WebSocket. */
export const refuseUpgrade = (
  socket: Duplex,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) => {
  const all = {
    "content-type": "application/json",
    ...headers,
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  };
  const head = Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n${head}\r\n${body}`);
};

export const refuseWithError = (socket: Duplex, error: ApiError) =>
  refuseUpgrade(socket, error.status, JSON.stringify(error.toBody()));

/** A status fault's answer to the upgrade: its status, headers and body, as over HTTP. */
export const refuseWithFault = (socket: Duplex, fault: StatusFault) => {
  if (fault.body === undefined) {
    refuseUpgrade(
      socket,
      fault.status,
      JSON.stringify(errorForStatus(fault.status).toBody()),
      fault.headers,
    );
    return;
  }
  const text = typeof fault.body === "string";
  refuseUpgrade(socket, fault.status, text ? (fault.body as string) : JSON.stringify(fault.body), {
    ...(text ? { "content-type": "text/plain" } : {}),
    ...fault.headers,
  });
};

/**
 * How the session's events reach the client: all of them, or (with a drop or close fault) the
 * first `afterEvents`, then the end of the connection and nothing more.
 */
export const socketSender = (
  ws: WebSocket,
  socket: Duplex,
  fault: WsDropFault | WsCloseFault | undefined,
): ((event: Record<string, unknown>) => void) => {
  if (!fault) return (event) => ws.send(JSON.stringify(event));
  const end = () => {
    if (fault.kind === "ws-close") {
      ws.close(fault.code ?? 1011, fault.reason ?? "");
      return;
    }
    // An empty write completes once everything before it (the 101, the last event) is flushed,
    // so the client receives those bytes before the socket is destroyed.
    socket.write("", () => ws.terminate());
  };
  const limit = fault.afterEvents ?? 0;
  let sent = 0;
  if (limit === 0) end();
  return (event) => {
    if (sent >= limit) return;
    ws.send(JSON.stringify(event));
    sent++;
    if (sent === limit) end();
  };
};
