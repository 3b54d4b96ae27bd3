import { type Client, ValidationError } from "@oaikit/core";
import { audioSender } from "../audio/audio-sender.js";
import type { RealtimeAudioInput } from "../audio/pcm16-base64.js";
import type {
  RealtimeTranslationClientEvent,
  RealtimeTranslationServerEvent,
  RealtimeTranslationServerEventSessionClosed,
  RealtimeTranslationServerEventSessionUpdated,
  RealtimeTranslationSessionUpdateRequest,
} from "../generated/types.js";
import { socketOpener } from "../socket/socket-opener.js";
import { socketUrl } from "../socket/socket-target.js";
import { mergeSession } from "./merge-session.js";
import { startEngine } from "./socket-engine.js";
import type { RealtimeSocket, RealtimeSocketOptions } from "./types.js";

/** What a translation reconnect restored: the session configuration, applied again. */
export interface RealtimeTranslationReconnectReport {
  attempt: number;
  session: RealtimeTranslationServerEventSessionUpdated["session"] | undefined;
}

export interface RealtimeTranslationConnectOptions
  extends RealtimeSocketOptions<RealtimeTranslationReconnectReport> {
  /** `appendAudio` waits while more than this many bytes wait to be sent. Default 262144. */
  audioHighWaterMark?: number | undefined;
}

/** A Realtime translation session: audio in, translated transcripts and audio out. */
export interface RealtimeTranslationConnection
  extends RealtimeSocket<RealtimeTranslationServerEvent, RealtimeTranslationClientEvent> {
  /** Sends `session.update`; resolves with `session.updated`. */
  updateSession(
    session: RealtimeTranslationSessionUpdateRequest,
  ): Promise<RealtimeTranslationServerEventSessionUpdated>;
  /** Appends 24 kHz PCM16 audio, with the same backpressure as `RealtimeConnection.appendAudio`. */
  appendAudio(audio: RealtimeAudioInput): Promise<void>;
  /** Sends `session.close`: the server flushes its output, answers `session.closed` and closes. */
  closeSession(): Promise<RealtimeTranslationServerEventSessionClosed>;
}

/**
 * Opens a Realtime translation session (`/realtime/translations?model=...`) over a WebSocket,
 * authenticated and loaded the same way as `connectRealtime`. On reconnect the last session
 * configuration is applied again; audio in flight at the drop is lost.
 */
export const connectRealtimeTranslation = async (
  client: Client,
  options: { model: string } & RealtimeTranslationConnectOptions,
): Promise<RealtimeTranslationConnection> => {
  if (typeof options?.model !== "string" || options.model.length === 0) {
    throw new ValidationError(
      "model",
      'Pass the translation model, e.g. { model: "gpt-realtime-translate" }.',
    );
  }
  const url = socketUrl(client, "/realtime/translations", { model: options.model });
  const target = socketOpener(client, url, options.auth, options.clientSecret);
  let config: Record<string, unknown> | undefined;
  const { socket } = await startEngine<RealtimeTranslationReconnectReport>({
    config: client.config,
    open: target.open,
    secrets: target.secrets,
    signal: options.signal,
    reconnect: options.reconnect,
    heartbeat: options.heartbeat,
    hooks: {
      sent(event) {
        if (event.type === "session.update" && event.session && typeof event.session === "object") {
          config = mergeSession(config ?? {}, event.session);
        }
      },
      async restore(context, attempt) {
        await context.created;
        const applied = config
          ? ((await context.send({ type: "session.update", session: config })) as
              | RealtimeTranslationServerEventSessionUpdated
              | undefined)
          : undefined;
        return { attempt, session: applied?.session };
      },
    },
  });
  const send = socket.send as (event: Record<string, unknown> & { type: string }) => Promise<any>;
  const connection = Object.assign({}, socket, {
    updateSession: (session: RealtimeTranslationSessionUpdateRequest) =>
      send({ type: "session.update", session }),
    appendAudio: audioSender(
      socket,
      // Translation sessions name it with the session prefix, unlike conversation sessions.
      "session.input_audio_buffer.append",
      options.audioHighWaterMark ?? 262_144,
    ),
    closeSession: () => send({ type: "session.close" }),
  });
  Object.defineProperties(connection, {
    status: { get: () => socket.status, enumerable: true },
    bufferedAmount: { get: () => socket.bufferedAmount, enumerable: true },
  });
  return connection as unknown as RealtimeTranslationConnection;
};
