import type { BodyFault } from "../faults/types.js";
import { toFrames } from "./body-frames.js";
import { bodyStream } from "./body-stream.js";
import type { Reply } from "./reply.js";
import type { Timers } from "./timers.js";

/** The final step: a reply and the headers every response carries become a fetch Response. */
export const toResponse = (
  reply: Reply,
  common: Record<string, string>,
  fault: BodyFault | undefined,
  timers: Timers,
): Response => {
  const { contentType, frames } = toFrames(reply, fault);
  const headers = new Headers({ ...common, "content-type": contentType });
  if (reply.kind === "sse") headers.set("cache-control", "no-cache");
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers.set(name, value);
  const status = reply.kind === "sse" ? 200 : reply.status;
  return new Response(bodyStream(frames, fault, timers), { status, headers });
};
