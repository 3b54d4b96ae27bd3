import type { EmulatorState } from "../../emulator/state.js";
import { type BatchOutcome, expireBatch, runBatch } from "./run-batch.js";
import { type BatchLine, validateBatchInput } from "./validate-batch-input.js";

export type BatchObject = Record<string, unknown> & {
  id: string;
  status: string;
  endpoint: string;
  input_file_id: string;
  expires_at: number;
};

export interface StoredBatch {
  object: BatchObject;
  /** Emulator-clock ms when the batch finishes; past `expires_at`, it expires instead. */
  doneAt: number;
  /** The input's requests, once validated. */
  lines?: BatchLine[];
}

// "finalizing": another read is running the requests right now.
const NOT_RUNNING = new Set([
  "finalizing",
  "completed",
  "cancelled",
  "cancelling",
  "failed",
  "expired",
]);

const outcomeFields = (outcome: BatchOutcome) => ({
  output_file_id: outcome.outputFileId,
  error_file_id: outcome.errorFileId,
  request_counts: outcome.counts,
});

/**
 * Brings the batch up to the emulator clock: validated on its first read (a bad input line fails
 * it), in progress until `doneAt`, then run; expired instead when its 24h window closes first.
 */
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
  if (!stored.lines) {
    const { lines, errors } = validateBatchInput(state, batch.input_file_id, batch.endpoint);
    if (errors.length > 0) {
      Object.assign(batch, {
        status: "failed",
        failed_at: now,
        errors: { object: "list", data: errors },
      });
      return batch;
    }
    stored.lines = lines;
  }
  const expiresAt = batch.expires_at * 1000;
  const expires = stored.doneAt > expiresAt;
  if (state.clock.now() < (expires ? expiresAt : stored.doneAt)) {
    Object.assign(batch, { status: "in_progress", in_progress_at: batch.in_progress_at ?? now });
    return batch;
  }
  if (expires) {
    Object.assign(batch, {
      status: "expired",
      in_progress_at: batch.in_progress_at ?? now,
      expired_at: batch.expires_at,
      ...outcomeFields(expireBatch(state, stored.lines)),
    });
    return batch;
  }
  // Marked before running, so a concurrent read does not run the requests twice.
  batch.status = "finalizing";
  const outcome = await runBatch(state, stored.lines, batch.endpoint);
  Object.assign(batch, {
    status: "completed",
    in_progress_at: batch.in_progress_at ?? now,
    finalizing_at: now,
    completed_at: now,
    ...outcomeFields(outcome),
  });
  return batch;
};
