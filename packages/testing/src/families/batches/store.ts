import type { EmulatorState } from "../../emulator/state.js";
import { runBatch } from "./run-batch.js";

export type BatchObject = Record<string, unknown> & {
  id: string;
  status: string;
  endpoint: string;
  input_file_id: string;
};

export interface StoredBatch {
  object: BatchObject;
  /** Emulator-clock ms when the batch finishes. */
  doneAt: number;
}

const NOT_RUNNING = new Set(["completed", "cancelled", "cancelling", "failed"]);

/** Brings the batch up to the emulator clock, running its requests once it is due. */
export const settleBatch = async (
  state: EmulatorState,
  stored: StoredBatch,
): Promise<BatchObject> => {
  const batch = stored.object;
  const now = state.clock.seconds();
  if (batch.status === "cancelling") {
    Object.assign(batch, { status: "cancelled", cancelled_at: now });
  }
  if (NOT_RUNNING.has(batch.status)) return batch;
  if (state.clock.now() < stored.doneAt) {
    Object.assign(batch, { status: "in_progress", in_progress_at: batch.in_progress_at ?? now });
    return batch;
  }
  // Marked before running, so a concurrent read does not run the requests twice.
  batch.status = "finalizing";
  const outcome = await runBatch(state, batch.input_file_id, batch.endpoint);
  Object.assign(batch, {
    status: "completed",
    in_progress_at: batch.in_progress_at ?? now,
    finalizing_at: now,
    completed_at: now,
    output_file_id: outcome.outputFileId,
    error_file_id: outcome.errorFileId,
    request_counts: outcome.counts,
  });
  return batch;
};
