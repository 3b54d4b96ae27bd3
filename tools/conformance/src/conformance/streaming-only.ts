import { specOperation } from "../sample/sample-params.js";
import type { OperationEntry } from "../spec/load-spec.js";

/**
 * Whether an operation answers with server-sent events only. Prism cannot stream, so such
 * operations are checked against the emulator instead. Operations that merely take a stream
 * option still answer JSON and count as non-streaming.
 */
export const isStreamingOnly = (doc: any, entry: OperationEntry): boolean => {
  const responses = specOperation(doc, entry).responses ?? {};
  const types = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .flatMap((code) => Object.keys(responses[code].content ?? {}));
  return types.length > 0 && types.every((type) => type === "text/event-stream");
};
