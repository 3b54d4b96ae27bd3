import type { Client } from "@oaikit/core";
import { audioSender } from "../audio/audio-sender.js";
import type { RealtimeAudioInput } from "../audio/pcm16-base64.js";
import { createConversation, type RealtimeConversation } from "../conversation/conversation.js";
import { restorableItem } from "../conversation/restorable-item.js";
import { RealtimeError } from "../errors/realtime-error.js";
import type {
  RealtimeClientEvent,
  RealtimeClientEventSessionUpdate,
  RealtimeConversationItem,
  RealtimeResponseCreateParams,
  RealtimeServerEvent,
  RealtimeServerEventConversationItemAdded,
  RealtimeServerEventConversationItemCreated,
  RealtimeServerEventConversationItemTruncated,
  RealtimeServerEventInputAudioBufferCleared,
  RealtimeServerEventInputAudioBufferCommitted,
  RealtimeServerEventResponseDone,
  RealtimeServerEventSessionCreated,
  RealtimeServerEventSessionUpdated,
} from "../generated/types.js";
import type { OpenTransport } from "../socket/transport.js";
import { mergeSession } from "./merge-session.js";
import { startEngine } from "./socket-engine.js";
import type { RealtimeSocket, RealtimeSocketOptions } from "./types.js";

/** Something a reconnect could not bring back. */
export type RealtimeLoss =
  /** A response still streaming when the connection dropped; the new session never saw it. */
  | { kind: "response"; responseId: string }
  /** An item that was unfinished at the drop or cannot be sent again; `reason` says which. */
  | { kind: "item"; item: RealtimeConversationItem; reason: string }
  /** Audio appended but not committed before the drop (the server's buffer went with it). */
  | { kind: "input_audio"; bytes: number };

/** What a reconnect restored and what it lost. */
export interface RealtimeReconnectReport {
  /** Which attempt succeeded (1 for the first). */
  attempt: number;
  /** Why the previous connection ended. */
  cause: RealtimeError;
  /** The session after the last configuration was applied again. */
  session: RealtimeServerEventSessionCreated["session"] | undefined;
  /** Items sent again, in conversation order; the server holds them once more. */
  restored: RealtimeConversationItem[];
  lost: RealtimeLoss[];
}

type SessionConfig = RealtimeClientEventSessionUpdate["session"];

/** The session fields `updateSession` takes; `type` defaults to the session's own. */
export type RealtimeSessionUpdate = SessionConfig extends infer S
  ? S extends { type: infer T }
    ? Omit<S, "type"> & { type?: T }
    : never
  : never;

export interface RealtimeConnectOptions extends RealtimeSocketOptions<RealtimeReconnectReport> {
  /** `appendAudio` waits while more than this many bytes wait to be sent. Default 262144. */
  audioHighWaterMark?: number | undefined;
  /** Keep each response's audio chunks in `conversation.responses`. Default true. */
  keepAudio?: boolean | undefined;
}

/** A Realtime session over a WebSocket (or a WebRTC data channel). */
export interface RealtimeConnection
  extends RealtimeSocket<RealtimeServerEvent, RealtimeClientEvent> {
  /** The conversation as the server has confirmed it; kept across reconnects. */
  readonly conversation: RealtimeConversation;
  /** The session as the server last described it (`session.created` / `session.updated`). */
  readonly session: RealtimeServerEventSessionCreated["session"] | undefined;
  /** Sends `session.update`; resolves with the session the server now has. */
  updateSession(session: RealtimeSessionUpdate): Promise<RealtimeServerEventSessionUpdated>;
  /**
   * Appends audio to the input buffer as base64 PCM16 (Float32 samples are converted). Waits
   * while the socket's send buffer is over `audioHighWaterMark`: await each call and memory stays
   * bounded however fast the audio comes.
   */
  appendAudio(audio: RealtimeAudioInput): Promise<void>;
  /** Commits the input buffer as a user item. */
  commitAudio(): Promise<RealtimeServerEventInputAudioBufferCommitted>;
  /** Discards the input buffer. */
  clearAudio(): Promise<RealtimeServerEventInputAudioBufferCleared>;
  /** Adds an item to the conversation (after `previousItemId` when given). */
  createItem(
    item: RealtimeConversationItem,
    options?: { previousItemId?: string | undefined },
  ): Promise<RealtimeServerEventConversationItemAdded | RealtimeServerEventConversationItemCreated>;
  /**
   * Asks for a response and resolves with its `response.done` (whatever its status); the deltas
   * arrive as events meanwhile, and in `conversation.response(id)`.
   */
  createResponse(response?: RealtimeResponseCreateParams): Promise<RealtimeServerEventResponseDone>;
  /** Cancels the response in progress (or `responseId`); resolves with its `response.done`. */
  cancelResponse(responseId?: string): Promise<RealtimeServerEventResponseDone>;
  /** Cuts an assistant audio item at `audioEndMs`, as when the user interrupts playback. */
  truncateItem(options: {
    itemId: string;
    contentIndex?: number | undefined;
    audioEndMs: number;
  }): Promise<RealtimeServerEventConversationItemTruncated>;
}

/**
 * The `response.done` of the response that `created` acknowledges. Listens from before the
 * acknowledgement arrives: the whole response can come in the same network read as its
 * `response.created`.
 */
const responseDone = (
  socket: RealtimeSocket<RealtimeServerEvent, RealtimeClientEvent>,
  lostListeners: Set<(responseId: string, cause: RealtimeError) => void>,
  created: Promise<{ response: { id?: string | undefined } }>,
): Promise<RealtimeServerEventResponseDone> =>
  new Promise((resolve, reject) => {
    let id: string | undefined;
    const seen = new Map<string | undefined, RealtimeServerEventResponseDone>();
    const settle = (done: RealtimeServerEventResponseDone | undefined, error?: Error) => {
      off();
      lostListeners.delete(onLost);
      if (done) resolve(done);
      else reject(error);
    };
    const off = socket.on("response.done", (event) => {
      if (id === undefined) seen.set(event.response.id, event);
      else if (event.response.id === id) settle(event);
    });
    const onLost = (lost: string, cause: RealtimeError) => {
      if (lost !== id) return;
      settle(
        undefined,
        new RealtimeError(
          cause.code,
          cause.reason,
          `The connection dropped (code ${cause.code}) while response ${lost} was in progress; the new session never saw it.`,
        ),
      );
    };
    lostListeners.add(onLost);
    created.then(
      (event) => {
        id = event.response.id;
        const done = seen.get(id);
        if (done) settle(done);
      },
      (error) => settle(undefined, error),
    );
    void socket.closed.then((error) =>
      settle(
        undefined,
        error ?? new RealtimeError(1000, "", "The connection closed before the response was done."),
      ),
    );
  });

/** A connection of the conversation kind over any transport (WebSocket or data channel). */
export const createRealtimeConnection = async (
  client: Client,
  open: OpenTransport,
  secrets: string[],
  options: RealtimeConnectOptions,
): Promise<RealtimeConnection> => {
  const conversation = createConversation(options.keepAudio ?? true);
  let session: RealtimeServerEventSessionCreated["session"] | undefined;
  let config: Record<string, unknown> | undefined;
  let uncommitted = 0;
  let losses: RealtimeLoss[] = [];
  /** `createResponse` calls waiting for a response that a drop may take with it. */
  const lostListeners = new Set<(responseId: string, cause: RealtimeError) => void>();

  const { socket } = await startEngine<RealtimeReconnectReport>({
    config: client.config,
    open,
    secrets,
    signal: options.signal,
    reconnect: options.reconnect,
    heartbeat: options.heartbeat,
    hooks: {
      observe(event) {
        conversation.observe(event);
        if (event.type === "session.created" || event.type === "session.updated") {
          session = event.session;
        } else if (
          event.type === "input_audio_buffer.committed" ||
          event.type === "input_audio_buffer.cleared"
        ) {
          uncommitted = 0;
        }
      },
      sent(event) {
        if (event.type === "session.update" && event.session && typeof event.session === "object") {
          config = mergeSession(config ?? {}, event.session);
        } else if (event.type === "input_audio_buffer.append" && typeof event.audio === "string") {
          uncommitted += Math.floor((event.audio.replace(/=+$/, "").length * 3) / 4);
        }
      },
      dropped(cause) {
        const { lostResponses, lostItems } = conversation.dropUnfinished();
        for (const state of lostResponses) {
          losses.push({ kind: "response", responseId: state.id });
          for (const listener of lostListeners) listener(state.id, cause);
        }
        for (const item of lostItems) {
          losses.push({ kind: "item", item, reason: "unfinished when the connection dropped" });
        }
        if (uncommitted > 0) losses.push({ kind: "input_audio", bytes: uncommitted });
        uncommitted = 0;
      },
      async restore(context, attempt, cause) {
        await context.created;
        const applied = config
          ? ((await context.send({ type: "session.update", session: config })) as
              | RealtimeServerEventSessionUpdated
              | undefined)
          : undefined;
        const held = [...conversation.items];
        const sends = held.map((item) => {
          const restorable = restorableItem(item);
          if ("reason" in restorable) return Promise.reject(new Error(restorable.reason));
          return context.send({ type: "conversation.item.create", item: restorable.item });
        });
        const outcomes = await Promise.allSettled(sends);
        const restored: RealtimeConversationItem[] = [];
        const lost = losses;
        outcomes.forEach((outcome, index) => {
          const item = held[index]!;
          if (outcome.status === "fulfilled") {
            restored.push(item);
            return;
          }
          // The new session does not hold it, so neither does the conversation kept here.
          conversation.items.splice(conversation.items.indexOf(item as never), 1);
          lost.push({ kind: "item", item, reason: (outcome.reason as Error).message });
        });
        losses = [];
        return { attempt, cause, session: applied?.session ?? session, restored, lost };
      },
    },
  });

  const send = socket.send as (event: Record<string, unknown> & { type: string }) => Promise<any>;
  const highWaterMark = options.audioHighWaterMark ?? 262_144;
  const connection = Object.assign({}, socket, {
    conversation: conversation.view,
    updateSession: (update: RealtimeSessionUpdate) =>
      send({ type: "session.update", session: { type: session?.type ?? "realtime", ...update } }),
    appendAudio: audioSender(socket, "input_audio_buffer.append", highWaterMark),
    commitAudio: () => send({ type: "input_audio_buffer.commit" }),
    clearAudio: () => send({ type: "input_audio_buffer.clear" }),
    createItem: (item: RealtimeConversationItem, o?: { previousItemId?: string | undefined }) =>
      send({
        type: "conversation.item.create",
        item,
        ...(o?.previousItemId !== undefined ? { previous_item_id: o.previousItemId } : {}),
      }),
    createResponse: (response?: RealtimeResponseCreateParams) =>
      responseDone(
        socket as never,
        lostListeners,
        send(response ? { type: "response.create", response } : { type: "response.create" }),
      ),
    cancelResponse: (responseId?: string) =>
      send(
        responseId
          ? { type: "response.cancel", response_id: responseId }
          : { type: "response.cancel" },
      ),
    truncateItem: (o: { itemId: string; contentIndex?: number | undefined; audioEndMs: number }) =>
      send({
        type: "conversation.item.truncate",
        item_id: o.itemId,
        content_index: o.contentIndex ?? 0,
        audio_end_ms: o.audioEndMs,
      }),
  });
  Object.defineProperties(connection, {
    session: { get: () => session, enumerable: true },
    status: { get: () => socket.status, enumerable: true },
    bufferedAmount: { get: () => socket.bufferedAmount, enumerable: true },
  });
  return connection as unknown as RealtimeConnection;
};
