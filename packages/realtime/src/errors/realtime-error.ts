import { OpenAIError } from "@oaikit/core";

/**
 * Close codes after which a new connection may succeed: the server went away, restarted, failed,
 * asked the client to try again later, or the connection broke without a close frame.
 */
const RETRYABLE = new Set([1001, 1005, 1006, 1011, 1012, 1013, 1014]);

/**
 * The Realtime connection closed, or could not open, other than by the caller's own `close()`.
 * `code` is the WebSocket close code (1006 when the connection broke without one) and `reason`
 * the server's close reason. The API key never appears in either.
 */
export class RealtimeError extends OpenAIError {
  override name = "RealtimeError";
  declare readonly code: number;
  declare readonly reason: string;
  /** Whether opening a new connection may succeed (the code says nothing about the request). */
  declare readonly retryable: boolean;

  constructor(code: number, reason: string, message?: string) {
    super(message ?? `Realtime connection closed with code ${code}${reason ? `: ${reason}` : ""}.`);
    Object.assign(this, { code, reason, retryable: RETRYABLE.has(code) });
  }
}

/**
 * An `error` event from the server. When it names the event that caused it (`eventId`), the
 * `send` promise of that event rejects with it; it is also yielded in the event stream.
 * See https://developers.openai.com/api/reference/realtime-server-events
 */
export class RealtimeServerError extends OpenAIError {
  override name = "RealtimeServerError";
  declare readonly type: string;
  declare readonly code: string | undefined;
  declare readonly param: string | undefined;
  /** The `event_id` of the client event that caused the error, when the server named one. */
  declare readonly eventId: string | undefined;
  /** The `type` of that client event, when it was sent on this connection. */
  declare readonly clientEventType: string | undefined;

  constructor(
    error: {
      type?: unknown;
      code?: unknown;
      param?: unknown;
      message?: unknown;
      event_id?: unknown;
    },
    clientEventType?: string,
  ) {
    const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
    super(
      `${text(error.message) ?? "The Realtime server reported an error."}${clientEventType ? ` (in reply to ${clientEventType})` : ""}`,
    );
    Object.assign(this, {
      type: text(error.type) ?? "error",
      code: text(error.code),
      param: text(error.param),
      eventId: text(error.event_id),
      clientEventType,
    });
  }
}
