import { type IncomingMessage, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { EmulatorInternals } from "../emulator/internals.js";
import type { EmulatorState } from "../emulator/state.js";
import { clientSecretExists, liveClientSecret } from "../families/realtime/client-secrets.js";
import { createRealtimeSession } from "../realtime/realtime-session.js";
import { ApiError } from "../wire/api-error.js";
import { checkAuth } from "../wire/auth.js";

/** Browsers cannot set headers on a WebSocket, so they pass the key as a subprotocol. */
const KEY_PROTOCOL = "openai-insecure-api-key.";

const refuse = (socket: Duplex, error: ApiError) => {
  const body = JSON.stringify(error.toBody());
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\n` +
      "content-type: application/json\r\n" +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      "connection: close\r\n\r\n" +
      body,
  );
};

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

/** Serves the Realtime WebSocket protocol at `/v1/realtime?model=...` on the HTTP server's port. */
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
    if (url.pathname !== "/v1/realtime") {
      refuse(socket, new ApiError(404, `Invalid URL (GET ${url.pathname})`));
      return;
    }
    const headers = requestHeaders(req);
    const { state } = internals;
    const token = /^Bearer\s+(\S+)/i.exec(headers.get("authorization") ?? "")?.[1] ?? "";
    const secret = liveClientSecret(state, token);
    const denied = secret
      ? undefined
      : (expiredSecret(state, token) ?? checkAuth(headers, state.options.auth));
    if (denied) {
      refuse(socket, denied);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const configured = secret?.session as Record<string, unknown> | undefined;
      const model =
        url.searchParams.get("model") ??
        (configured?.model as string | undefined) ??
        "gpt-realtime";
      const session = createRealtimeSession(
        state,
        model,
        (event) => ws.send(JSON.stringify(event)),
        configured,
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
