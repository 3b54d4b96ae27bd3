import type { RealtimeError } from "../errors/realtime-error.js";
import type { RealtimeClientSecretSource } from "../socket/socket-opener.js";
import type { RealtimeAckTypes } from "./acks.js";

/**
 * A server event of a type this version does not know, as `on(type)` hands it over. The event
 * stream yields such events too, typed as the known union so that `event.type` checks narrow
 * (TypeScript cannot narrow a union that has a plain-string `type` member): an event none of
 * your checks matches may be a newer one.
 */
export interface RealtimeUnknownEvent {
  type: string;
  [field: string]: unknown;
}

/** The server event that acknowledges a client event of type `T`, or undefined if none does. */
export type RealtimeAck<Server, T> = T extends keyof RealtimeAckTypes
  ? Extract<Server, { type: RealtimeAckTypes[T] }>
  : undefined;

/** Reconnect policy: opt-in, with exponential backoff and jitter between attempts. */
export interface RealtimeReconnectOptions<Report> {
  /** Attempts after one drop before giving up. Default 5. */
  maxAttempts?: number | undefined;
  /** Delay before the first attempt, doubled for each next one. Default 500 ms. */
  initialDelayMs?: number | undefined;
  /** Cap on the delay between attempts. Default 8000 ms. */
  maxDelayMs?: number | undefined;
  /** Called when a drop starts a reconnect. */
  onReconnecting?: ((info: { attempt: number; error: RealtimeError }) => void) | undefined;
  /** Called once the new connection is ready, with what was restored and what was lost. */
  onReconnected?: ((report: Report) => void) | undefined;
}

/** Options every Realtime connection takes. */
export interface RealtimeSocketOptions<Report> {
  /** Closes the connection when it fires; pending and later calls reject with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Reconnect after an unexpected drop instead of ending with a RealtimeError. Off by default. */
  reconnect?: RealtimeReconnectOptions<Report> | boolean | undefined;
  /**
   * Treat the connection as dropped after `timeoutMs` with no traffic from the server. Where the
   * runtime can ping (`ws` on Node 20) a ping goes out after half that time, so a quiet but
   * healthy connection stays up; elsewhere any silence that long counts as a drop.
   */
  heartbeat?: { timeoutMs: number } | undefined;
  /**
   * How the credential travels. Default: an Authorization header where the runtime's WebSocket
   * can send one (Node, Bun, Deno), else the `openai-insecure-api-key.` subprotocol (browsers,
   * workerd), which should carry an ephemeral client secret only.
   */
  auth?: "header" | "subprotocol" | undefined;
  /**
   * The key for each connection, asked for before every one (the first and each reconnect):
   * a browser's ephemeral client secret expires, so fetch a fresh one from your server here.
   * Default: the client's `apiKey`.
   */
  clientSecret?: RealtimeClientSecretSource | undefined;
}

/** The typed, event-stream side of a Realtime connection. */
export interface RealtimeSocket<
  Server extends { type: string },
  ClientEvent extends { type: string; event_id?: string | undefined },
> extends AsyncIterable<Server> {
  /**
   * Sends a client event (with an `event_id` made up when it has none). Resolves with the server
   * event that acknowledges it (`session.updated` for `session.update`, ...), or once written
   * for events the server does not acknowledge. Rejects with RealtimeServerError when the server
   * answers with an `error` naming this event, and with RealtimeError if the connection ends
   * first. A rejection nobody awaits is not reported as unhandled.
   */
  send<E extends ClientEvent>(event: E): Promise<RealtimeAck<Server, E["type"]>>;
  /** Calls `handler` for every event of `type` (`"*"`: every event); returns an unsubscribe. */
  on<T extends Server["type"]>(
    type: T,
    handler: (event: Extract<Server, { type: T }>) => void,
  ): () => void;
  on(type: "*", handler: (event: Server) => void): () => void;
  on(type: string, handler: (event: RealtimeUnknownEvent) => void): () => void;
  /** The next event of `type`; rejects if the connection ends or `signal` fires first. */
  once<T extends Server["type"]>(
    type: T,
    options?: { signal?: AbortSignal | undefined },
  ): Promise<Extract<Server, { type: T }>>;
  /** Closes the connection (default code 1000); resolves once the socket is closed. */
  close(code?: number, reason?: string): Promise<void>;
  /** `"reconnecting"` between a drop and a restored session. */
  readonly status: "open" | "reconnecting" | "closed";
  /** Bytes queued on the current socket that are not yet on the network. */
  readonly bufferedAmount: number;
  /**
   * Settles when the connection ends for good: with undefined after `close()` or a server's
   * normal close (1000), with the error otherwise. Never rejects.
   */
  readonly closed: Promise<Error | undefined>;
}
