import type { ApiError } from "./api-error.js";

/** One server-sent event; `event` is omitted by endpoints that send bare `data:` lines. */
export interface SseMessage {
  event?: string;
  data: string;
}

/**
 * What a route handler answers, before it becomes bytes. Keeping the body structured until the
 * last step lets faults cut or corrupt it at event boundaries.
 */
export type Reply<Body = any> =
  | { kind: "json"; status: number; body: Body; headers?: Record<string, string> }
  | { kind: "sse"; messages: readonly SseMessage[]; headers?: Record<string, string> }
  | {
      kind: "bytes";
      status: number;
      body: Uint8Array;
      contentType: string;
      headers?: Record<string, string>;
    };

export const jsonReply = <Body>(body: Body, status = 200): Reply<Body> => ({
  kind: "json",
  status,
  body,
});

export const errorReply = (error: ApiError): Reply => ({
  kind: "json",
  status: error.status,
  body: error.toBody(),
  headers: error.headers,
});

/** Events whose `data` is the JSON of an object carrying its own `type` (Responses API style). */
export const typedEvents = <E extends { type: string }>(events: readonly E[]): SseMessage[] =>
  events.map((event) => ({ event: event.type, data: JSON.stringify(event) }));

/** Bare `data:` chunks closed by `data: [DONE]` (Chat Completions and Completions style). */
export const doneTerminated = (chunks: readonly unknown[]): SseMessage[] => [
  ...chunks.map((chunk) => ({ data: JSON.stringify(chunk) })),
  { data: "[DONE]" },
];

export const encodeSse = (message: SseMessage): string => {
  const event = message.event === undefined ? "" : `event: ${message.event}\n`;
  const data = message.data
    .split("\n")
    .map((line) => `data: ${line}\n`)
    .join("");
  return `${event}${data}\n`;
};
