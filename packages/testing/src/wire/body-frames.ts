import type { BodyFault } from "../faults/types.js";
import { encodeSse, type Reply, type SseMessage } from "./reply.js";

const encoder = new TextEncoder();

/** The body as frames: one per SSE event, or a single frame for JSON and bytes. */
export interface Frames {
  contentType: string;
  frames: Uint8Array[];
}

const half = (text: string): string => text.slice(0, Math.max(1, Math.floor(text.length / 2)));

const breakEvent = (messages: readonly SseMessage[], index: number): SseMessage[] =>
  messages.map((message, i) => (i === index ? { ...message, data: half(message.data) } : message));

/** Turns a reply into frames, applying the faults that change the content itself. */
export const toFrames = (reply: Reply, fault: BodyFault | undefined): Frames => {
  if (reply.kind === "sse") {
    const messages =
      fault?.kind === "malformed-json"
        ? breakEvent(reply.messages, fault.atEvent ?? 0)
        : reply.messages;
    const frames = messages.map((message) => encoder.encode(encodeSse(message)));
    if (fault?.kind === "cut-stream") {
      const keep = Math.min(fault.afterEvents ?? Math.floor(frames.length / 2), frames.length - 1);
      const cut = frames[keep]!;
      return {
        contentType: "text/event-stream; charset=utf-8",
        frames: [
          ...frames.slice(0, keep),
          cut.subarray(0, Math.max(1, Math.floor(cut.length / 2))),
        ],
      };
    }
    return { contentType: "text/event-stream; charset=utf-8", frames };
  }
  if (reply.kind === "json") {
    const text = JSON.stringify(reply.body);
    const broken = fault?.kind === "malformed-json" || fault?.kind === "cut-stream";
    return {
      contentType: "application/json",
      frames: [encoder.encode(broken ? half(text) : text)],
    };
  }
  const body =
    fault?.kind === "cut-stream" ? reply.body.subarray(0, reply.body.length >> 1) : reply.body;
  return { contentType: reply.contentType, frames: [body] };
};
