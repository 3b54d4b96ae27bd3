import {
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "@oaikit/core";
import { RealtimeError } from "../errors/realtime-error.js";
import { frameText } from "./decode-frame.js";
import { redact } from "./redact.js";
import type { SocketTarget } from "./socket-target.js";
import type { Transport, TransportListener } from "./transport.js";

/** The subset of the `ws` package's WebSocket this module uses. */
interface WsSocket {
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  ping(): void;
  on(event: string, listener: (...args: any[]) => void): void;
}
type WsConstructor = new (url: string, protocols: string[], options: unknown) => WsSocket;

const WS_PACKAGE = "ws";
let cached: WsConstructor | undefined;

/**
 * The `ws` package, loaded through Node's own `require` (`process.getBuiltinModule`, Node
 * 20.16+). No import statement or `import()` names it, so no bundler follows it into a browser
 * or edge bundle, and no module walker (workerd's) rejects the bundle for it.
 */
const loadWs = async (): Promise<WsConstructor> => {
  if (cached) return cached;
  const node = (globalThis as { process?: { getBuiltinModule?: (name: string) => any } }).process;
  try {
    if (typeof node?.getBuiltinModule !== "function") {
      throw new Error("no process.getBuiltinModule");
    }
    const loaded = node.getBuiltinModule("module").createRequire(import.meta.url)(WS_PACKAGE);
    cached = (loaded.WebSocket ?? loaded.default ?? loaded) as WsConstructor;
    return cached;
  } catch (cause) {
    throw new RealtimeError(
      1006,
      "",
      `This runtime has no global WebSocket; install the \`ws\` package (npm i ws) to connect from it (${(cause as Error).message}).`,
    );
  }
};

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/** The error for an upgrade the server answered with plain HTTP: the same classes as a call's. */
const refusal = async (response: any, secrets: string[]): Promise<APIError> => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of response) chunks.push(chunk);
  const text = redact(frameText(chunks), secrets);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  const status: number = response.statusCode;
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (typeof value === "string") headers.set(name, value);
  }
  const ErrorClass = status >= 500 ? InternalServerError : (byStatus[status] ?? APIError);
  return new ErrorClass(status, body, headers);
};

/** Opens the socket with the `ws` package (Node 20, which has no global WebSocket). */
export const openWs = async (
  target: SocketTarget,
  listener: TransportListener,
  signal?: AbortSignal,
): Promise<Transport> => {
  const WebSocket = await loadWs();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError("The connection was aborted."));
    const socket = new WebSocket(target.url, target.protocols, {
      headers: target.headers,
      perMessageDeflate: false,
    });
    let open = false;
    let ended = false;
    const onAbort = () => {
      socket.terminate();
      fail(new APIUserAbortError("The connection was aborted."));
    };
    const fail = (error: Error) => {
      if (ended) return;
      ended = true;
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    };
    signal?.addEventListener("abort", onAbort);
    socket.on("unexpected-response", (request: any, response: any) => {
      refusal(response, target.secrets)
        .then(fail, fail)
        .finally(() => request.destroy());
    });
    socket.on("open", () => {
      if (ended) return socket.terminate();
      open = true;
      ended = true;
      signal?.removeEventListener("abort", onAbort);
      resolve({
        send: (text) => socket.send(text),
        close: (code, reason) => socket.close(code, reason),
        terminate: () => socket.terminate(),
        ping: () => socket.ping(),
        get bufferedAmount() {
          return socket.bufferedAmount;
        },
      });
    });
    socket.on("message", (data: unknown) => listener.message(frameText(data)));
    socket.on("pong", () => listener.alive());
    socket.on("error", (error: Error) => {
      if (!open) {
        fail(
          new RealtimeError(
            1006,
            "",
            `The Realtime WebSocket could not be opened: ${redact(error.message, target.secrets)}`,
          ),
        );
      }
      // Once open, a close event always follows an error and carries the code.
    });
    socket.on("close", (code: number, reason: unknown) => {
      const text = redact(frameText(reason), target.secrets);
      if (!open) return fail(new RealtimeError(code || 1006, text));
      listener.close(code || 1006, text);
    });
  });
};
