import { type Client, ValidationError } from "@oaikit/core";
import { socketOpener } from "../socket/socket-opener.js";
import { socketUrl } from "../socket/socket-target.js";
import {
  createRealtimeConnection,
  type RealtimeConnection,
  type RealtimeConnectOptions,
} from "./realtime-connection.js";

/** Which session to open: a model's, an existing call's (SIP or WebRTC), or a transcription one. */
export type RealtimeTarget =
  | { model: string; callId?: undefined; intent?: undefined }
  | { callId: string; model?: undefined; intent?: undefined }
  | { intent: "transcription"; model?: string | undefined; callId?: undefined };

const nonEmpty = (value: unknown) => typeof value === "string" && value.length > 0;

/** The query that names the session, checked before anything is sent. */
export const targetQuery = (target: RealtimeTarget): Record<string, string | undefined> => {
  if (target === null || typeof target !== "object") {
    throw new ValidationError(
      "model",
      'connectRealtime needs `{ model }`, `{ callId }` or `{ intent: "transcription" }`.',
    );
  }
  if (target.callId !== undefined) {
    if (!nonEmpty(target.callId))
      throw new ValidationError("callId", "callId must be a non-empty string.");
    return { call_id: target.callId };
  }
  if (target.intent !== undefined) {
    if (target.intent !== "transcription") {
      throw new ValidationError("intent", 'intent can only be "transcription".');
    }
    return { intent: target.intent, model: target.model };
  }
  if (!nonEmpty(target.model)) {
    throw new ValidationError(
      "model",
      'Pass the Realtime model to connect to, e.g. { model: "gpt-realtime" }.',
    );
  }
  return { model: target.model };
};

/**
 * Opens a Realtime session over a WebSocket at the client's base URL and resolves once the
 * socket is open. Authenticates with the client's key: as a header on Node, Bun and Deno, and
 * in a browser with an ephemeral client secret as a subprotocol. Uses the runtime's global
 * WebSocket, and the `ws` package (an optional peer dependency) on Node 20.
 * See https://developers.openai.com/api/docs/guides/realtime-websocket
 */
export const connectRealtime = async (
  client: Client,
  target: RealtimeTarget & RealtimeConnectOptions,
  options: RealtimeConnectOptions = {},
): Promise<RealtimeConnection> => {
  const all = { ...target, ...options };
  const url = socketUrl(client, "/realtime", targetQuery(target));
  const { open, secrets } = socketOpener(client, url, all.auth, all.clientSecret);
  return createRealtimeConnection(client, open, secrets, all);
};
