import type { EmulatorState } from "../../emulator/state.js";
import { addFile } from "../files/store.js";
import type { BatchLine } from "./validate-batch-input.js";

export interface BatchOutcome {
  outputFileId: string | null;
  errorFileId: string | null;
  counts: { total: number; completed: number; failed: number };
}

const jsonl = (lines: readonly unknown[]) =>
  new TextEncoder().encode(lines.map((line) => `${JSON.stringify(line)}\n`).join(""));

const outcome = (
  state: EmulatorState,
  total: number,
  outputs: unknown[],
  errors: unknown[],
): BatchOutcome => {
  const write = (records: unknown[], name: string) =>
    records.length === 0
      ? null
      : addFile(state, { filename: name, purpose: "batch_output", content: jsonl(records) }).id;
  return {
    outputFileId: write(outputs, "batch_output.jsonl"),
    errorFileId: write(errors, "batch_errors.jsonl"),
    counts: { total, completed: outputs.length, failed: errors.length },
  };
};

/** Runs every (validated) line through the emulator itself: 2xx answers to the output file, the rest to the error file. */
export const runBatch = async (
  state: EmulatorState,
  lines: readonly BatchLine[],
  endpoint: string,
): Promise<BatchOutcome> => {
  const outputs: unknown[] = [];
  const errors: unknown[] = [];
  for (const line of lines) {
    const answer = await state.invoke("POST", endpoint, line.body);
    const record = {
      id: state.ids.hex("batch_req_", 32),
      custom_id: line.custom_id,
      response: {
        status_code: answer.status,
        request_id: state.requestIds.hex("req_", 32),
        body: answer.body,
      },
      error: null,
    };
    (answer.status < 300 ? outputs : errors).push(record);
  }
  return outcome(state, lines.length, outputs, errors);
};

/** A batch whose window closed before it ran: every request is in the error file as expired. */
export const expireBatch = (state: EmulatorState, lines: readonly BatchLine[]): BatchOutcome =>
  outcome(
    state,
    lines.length,
    [],
    lines.map((line) => ({
      id: state.ids.hex("batch_req_", 32),
      custom_id: line.custom_id,
      response: null,
      error: {
        code: "batch_expired",
        message: "This request could not be executed before the completion window expired.",
      },
    })),
  );
