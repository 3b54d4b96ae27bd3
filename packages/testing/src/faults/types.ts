/** Which requests a fault hits, and how many times. */
export interface FaultTarget {
  /**
   * An operationId (`"createResponse"`), a path (`"/v1/responses/*"`, the `/v1` prefix optional,
   * `*` or `{name}` matching one segment) optionally preceded by a method (`"POST /responses"`),
   * or a predicate. Omitted: every request. The Realtime WebSocket upgrade is
   * `GET /v1/realtime`, operationId `"realtimeWebSocket"`; it takes only status, reset, ws-drop
   * and ws-close faults, and HTTP requests never take the ws-* ones.
   */
  route?: string | ((request: FaultRequest) => boolean);
  /** How many matching requests (or WebSocket connections) the fault hits; default 1, `Infinity` for all. */
  times?: number;
}

export interface FaultRequest {
  method: string;
  /** The URL path, e.g. `/v1/responses`. */
  path: string;
  /** The matched operation, when the route exists. */
  operationId: string | undefined;
}

/** Answer with this status instead of running the handler. */
export interface StatusFault {
  kind?: "status";
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable body, or a string sent as is; default an API-shaped error for `status`. */
  body?: unknown;
}

/** Drop the connection before any header is sent. */
export interface ResetFault {
  kind: "reset";
}

/** Send the headers and part of the body, then drop the connection. */
export interface ResetMidBodyFault {
  kind: "reset-mid-body";
  /** Bytes of body sent before the reset; default half of it. */
  afterBytes?: number;
}

/** Wait before answering, or (with `afterEvents`) pause a stream after that many events. */
export interface StallFault {
  kind: "stall";
  ms: number;
  afterEvents?: number;
}

/** End the body cleanly in the middle of an event (or, for JSON, in the middle of the body). */
export interface CutStreamFault {
  kind: "cut-stream";
  /** Whole events sent before the cut one; default half of them. */
  afterEvents?: number;
}

/** Answer 200 with a body that is not valid JSON (for streams: one event's data). */
export interface MalformedJsonFault {
  kind: "malformed-json";
  /** Which event of a stream gets the broken data; default 0. */
  atEvent?: number;
}

/** Send the body in small pieces with a pause between them. */
export interface DripFault {
  kind: "drip";
  /** Bytes per piece; default 16. */
  chunkSize?: number;
  /** Pause between pieces in ms; default 10. */
  intervalMs?: number;
}

/** Realtime WebSocket: end the TCP connection without a close frame (the client sees 1006). */
export interface WsDropFault {
  kind: "ws-drop";
  /** Server events sent before the drop; default 0, right after the upgrade. */
  afterEvents?: number;
}

/** Realtime WebSocket: send a close frame with this code and reason. */
export interface WsCloseFault {
  kind: "ws-close";
  /** Default 1011; 1000-1003, 1007-1014 or 3000-4999, as a server may send. */
  code?: number;
  /** At most 123 bytes of UTF-8; default "". */
  reason?: string;
  /** Server events sent before the close; default 0, right after the upgrade. */
  afterEvents?: number;
}

export type FaultEffect =
  | StatusFault
  | ResetFault
  | ResetMidBodyFault
  | StallFault
  | CutStreamFault
  | MalformedJsonFault
  | DripFault
  | WsDropFault
  | WsCloseFault;

export type FaultSpec = FaultTarget & FaultEffect;

/** Effects an HTTP request can get. */
export type HttpFault = Exclude<FaultEffect, WsDropFault | WsCloseFault>;

/** Effects the Realtime WebSocket upgrade can get: a refusal, a reset, or a later drop or close. */
export type SocketFault = StatusFault | ResetFault | WsDropFault | WsCloseFault;

/** Effects that act on the body after the handler ran. */
export type BodyFault =
  | ResetMidBodyFault
  | CutStreamFault
  | MalformedJsonFault
  | DripFault
  | StallFault;

export interface FaultHandle {
  /** Requests this fault has hit so far. */
  readonly hits: number;
  /** Hits left before it expires. */
  readonly remaining: number;
  remove(): void;
}
