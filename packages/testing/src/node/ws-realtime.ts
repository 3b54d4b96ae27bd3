import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { EmulatorInternals } from "../emulator/internals.js";
import type { EmulatorState } from "../emulator/state.js";
import { clientSecretExists, liveClientSecret } from "../families/realtime/client-secrets.js";
import { createRealtimeSession } from "../realtime/realtime-session.js";
import { createTranslationSession } from "../realtime/translation-session.js";
import { ApiError } from "../wire/api-error.js";
import { checkAuth } from "../wire/auth.js";
import { refuseWithError, refuseWithFault, socketSender } from "./ws-faults.js";

/** Browsers cannot set headers on a WebSocket, so they pass the key as a subprotocol. */
const KEY_PROTOCOL = "openai-insecure-api-key.";

/** What fault routes see for the socket; the API reference has no operation for it. */
const SOCKET_OPERATION = "realtimeWebSocket";

const requestHeaders = (req: IncomingMessage): Headers => {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  const protocols = (headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  const key = protocols.find((p) => p.startsWith(KEY_PROTOCOL));
  if (key && !headers.has("authorization")) {
    headers.set("authorization", `Bearer ${key.slice(KEY_PROTOCOL.length)}`);
  }
  return headers;
};

/** A client secret the emulator minted that has expired: refused whatever the auth mode. */
const expiredSecret = (state: EmulatorState, token: string): ApiError | undefined =>
  clientSecretExists(state, token)
    ? new ApiError(401, "The client secret has expired; mint a new one.", {
        code: "invalid_api_key",
      })
    : undefined;

/**
 * Serves the Realtime WebSocket protocol at `/v1/realtime?model=...` (or `?intent=transcription`),
 * and translation sessions at `/v1/realtime/translations?model=...`, on the HTTP server's port.
 */
export const attachRealtime = (server: Server, internals: EmulatorInternals) => {
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has("realtime") ? "realtime" : false),
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (internals.closed()) {
      socket.destroy();
      return;
    }
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const translation = url.pathname === "/v1/realtime/translations";
    if (url.pathname !== "/v1/realtime" && !translation) {
      refuseWithError(socket, new ApiError(404, `Invalid URL (GET ${url.pathname})`));
      return;
    }
    const { state } = internals;
    // Taken before auth, as the HTTP router does, so a fault hits whatever key the client sends.
    const fault = state.faults.takeForSocket({
      method: "GET",
      path: url.pathname,
      operationId: SOCKET_OPERATION,
    });
    if (fault?.kind === "reset") {
      socket.destroy();
      return;
    }
    const ending = fault?.kind === "ws-drop" || fault?.kind === "ws-close" ? fault : undefined;
    if (fault && fault.kind !== "ws-drop" && fault.kind !== "ws-close") {
      refuseWithFault(socket, fault);
      return;
    }
    const headers = requestHeaders(req);
    const token = /^Bearer\s+(\S+)/i.exec(headers.get("authorization") ?? "")?.[1] ?? "";
    const secret = liveClientSecret(state, token);
    const denied = secret
      ? undefined
      : (expiredSecret(state, token) ?? checkAuth(headers, state.options.auth));
    if (denied) {
      refuseWithError(socket, denied);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (translation) {
        const session = createTranslationSession(
          state,
          url.searchParams.get("model") ?? "gpt-realtime-translate",
          socketSender(ws, socket, ending),
          () => ws.close(1000),
        );
        ws.on("message", (data) => session.receive(String(data)));
        return;
      }
      const configured = secret?.session as Record<string, unknown> | undefined;
      const transcription = url.searchParams.get("intent") === "transcription";
      const model =
        url.searchParams.get("model") ??
        (configured?.model as string | undefined) ??
        "gpt-realtime";
      const session = createRealtimeSession(
        state,
        model,
        socketSender(ws, socket, ending),
        configured,
        transcription ? "transcription" : "realtime",
      );
      ws.on("message", (data) => session.receive(String(data)));
    });
  });
  return {
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
};
