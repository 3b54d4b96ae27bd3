import type { BodyFault } from "../faults/types.js";
import { ConnectionReset } from "./connection-reset.js";
import type { Timers } from "./timers.js";

type Step = { bytes: Uint8Array } | { pause: number } | { reset: true };

const split = (frame: Uint8Array, size: number): Uint8Array[] => {
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < frame.length; i += size) pieces.push(frame.subarray(i, i + size));
  return pieces;
};

/** The timed plan of a body: what to send, where to pause, where to drop the connection. */
const plan = (frames: readonly Uint8Array[], fault: BodyFault | undefined): Step[] => {
  if (fault?.kind === "drip") {
    const size = Math.max(1, fault.chunkSize ?? 16);
    const pieces = frames.flatMap((frame) => split(frame, size));
    return pieces.flatMap((bytes, i): Step[] =>
      i === 0 ? [{ bytes }] : [{ pause: fault.intervalMs ?? 10 }, { bytes }],
    );
  }
  if (fault?.kind === "stall" && fault.afterEvents !== undefined) {
    const at = fault.afterEvents;
    return frames.flatMap((bytes, i): Step[] =>
      i === at ? [{ pause: fault.ms }, { bytes }] : [{ bytes }],
    );
  }
  if (fault?.kind === "reset-mid-body") {
    const total = frames.reduce((sum, frame) => sum + frame.length, 0);
    let budget = Math.min(fault.afterBytes ?? Math.floor(total / 2), Math.max(0, total - 1));
    const steps: Step[] = [];
    for (const frame of frames) {
      if (budget <= 0) break;
      steps.push({ bytes: frame.subarray(0, budget) });
      budget -= frame.length;
    }
    return [...steps, { reset: true }];
  }
  return frames.map((bytes) => ({ bytes }));
};

/** A pull stream that plays the plan; cancelling it (client gone) ends any pause at once. */
export const bodyStream = (
  frames: readonly Uint8Array[],
  fault: BodyFault | undefined,
  timers: Timers,
): ReadableStream<Uint8Array> => {
  const steps = plan(frames, fault);
  const stop = new AbortController();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (index < steps.length) {
        const step = steps[index++]!;
        if ("pause" in step) {
          await timers.sleep(step.pause, stop.signal);
        } else if ("reset" in step) {
          controller.error(new ConnectionReset("connection reset mid-body by a fault"));
          return;
        } else if (step.bytes.length > 0) {
          controller.enqueue(step.bytes);
          return;
        }
      }
      controller.close();
    },
    cancel() {
      stop.abort();
    },
  });
};
