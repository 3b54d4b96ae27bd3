/** Which requests a fault hits, and how many times. */
export interface FaultTarget {
  /**
   * An operationId (`"createResponse"`), a path (`"/v1/responses/*"`, the `/v1` prefix optional,
   * `*` or `{name}` matching one segment) optionally preceded by a method (`"POST /responses"`),
   * or a predicate. Omitted: every request.
   */
  route?: string | ((request: FaultRequest) => boolean);
  /** How many matching requests the fault hits; default 1, `Infinity` for all of them. */
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

export type FaultEffect =
  | StatusFault
  | ResetFault
  | ResetMidBodyFault
  | StallFault
  | CutStreamFault
  | MalformedJsonFault
  | DripFault;

export type FaultSpec = FaultTarget & FaultEffect;

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
