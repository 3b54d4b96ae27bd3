import { APIUserAbortError } from "@oaikit/core";
import { RealtimeError } from "../errors/realtime-error.js";
import { frameText } from "./decode-frame.js";
import { openWs } from "./open-ws.js";
import { redact } from "./redact.js";
import type { SocketTarget } from "./socket-target.js";
import type { Transport, TransportListener } from "./transport.js";

/** The subset of the WHATWG WebSocket this module uses. */
interface WebSocketLike {
  binaryType: string;
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: any) => void): void;
}
type WebSocketConstructor = new (url: string, init?: unknown) => WebSocketLike;

/**
 * Opens the Realtime WebSocket with the runtime's global WebSocket, or with the `ws` package
 * where there is none (Node 20); resolves once the socket is open.
 */
export const openWebSocket = (
  target: SocketTarget,
  listener: TransportListener,
  signal?: AbortSignal,
): Promise<Transport> => {
  const Global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Global) return openWs(target, listener, signal);
  return openGlobal(Global, target, listener, signal);
};

const openGlobal = (
  Global: WebSocketConstructor,
  target: SocketTarget,
  listener: TransportListener,
  signal?: AbortSignal,
): Promise<Transport> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError("The connection was aborted."));
    // Node 22+, Bun and Deno take `{ protocols, headers }`; a browser gets protocols only.
    const socket = new Global(
      target.url,
      target.headers ? { protocols: target.protocols, headers: target.headers } : target.protocols,
    );
    socket.binaryType = "arraybuffer";
    let open = false;
    let ended = false;
    const onAbort = () => {
      socket.close(1000);
      fail(new APIUserAbortError("The connection was aborted."));
    };
    const fail = (error: Error) => {
      if (ended) return;
      ended = true;
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    };
    signal?.addEventListener("abort", onAbort);
    const transport: Transport = {
      send: (text) => socket.send(text),
      close: (code, reason) => socket.close(code, reason),
      terminate: () => socket.close(),
      get bufferedAmount() {
        return socket.bufferedAmount;
      },
    };
    socket.addEventListener("open", () => {
      if (ended) return;
      open = true;
      ended = true;
      signal?.removeEventListener("abort", onAbort);
      resolve(transport);
    });
    socket.addEventListener("message", (event) => listener.message(frameText(event.data)));
    socket.addEventListener("error", (event) => {
      if (open) return; // a close event follows and carries the code
      // A browser (and undici) never shows the HTTP status of a refused upgrade.
      const detail = event?.message ? `: ${redact(String(event.message), target.secrets)}` : "";
      fail(
        new RealtimeError(
          1006,
          "",
          `The Realtime WebSocket could not be opened${detail}. A refused upgrade (a wrong key, model or URL) looks the same on this runtime.`,
        ),
      );
    });
    socket.addEventListener("close", (event) => {
      const reason = redact(String(event.reason ?? ""), target.secrets);
      if (!open) {
        fail(new RealtimeError(event.code ?? 1006, reason));
        return;
      }
      listener.close(event.code ?? 1006, reason);
    });
  });
