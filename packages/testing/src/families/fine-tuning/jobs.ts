import { countTokens } from "../../generate/tokens.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { addFile, fileText } from "../files/store.js";
import { fineTunedModels } from "../models/fine-tuned-models.js";

export const jobs = defineResource({
  label: "fine-tuning job",
  idParam: "fine_tuning_job_id",
  newId: ({ state }) => state.ids.alnum("ftjob-", 24),
});

/** Checkpoints by their model name, so permissions can find them. */
export const checkpoints = defineResource({
  label: "checkpoint",
  idParam: "fine_tuned_model_checkpoint",
  newId: () => "",
});

const EPOCHS = 3;

/** Milliseconds of progress so far: emulator time since the start, less the time spent paused. */
const progressMs = (job: Item, now: number) => (job.pausedAt ?? now) - job.startedAt - job.pausedMs;

const finish = (call: Call, job: Item) => {
  const { state } = call;
  const at = state.clock.seconds();
  const training = state.stores.files.get(job.training_file);
  const tokens = countTokens(training ? fileText(training) : "") * EPOCHS;
  const name = `ft:${job.model}:emulator::${job.id.slice(-8)}`;
  const steps = [1, 2, 3].map((epoch) => epoch * 10);
  for (const step of steps) {
    checkpoints.add(call, {
      id: step === steps.at(-1) ? name : `${name}:ckpt-step-${step}`,
      checkpoint_id: state.ids.alnum("ftckpt_", 24),
      fine_tuning_job_id: job.id,
      step_number: step,
      metrics: { step, train_loss: 1 / step, train_mean_token_accuracy: 1 - 1 / step },
      created_at: at,
    });
  }
  const results = addFile(state, {
    filename: "step_metrics.csv",
    purpose: "fine-tune-results",
    content: new TextEncoder().encode(
      `step,train_loss\n${steps.map((step) => `${step},${1 / step}`).join("\n")}\n`,
    ),
  });
  fineTunedModels.add(call, { id: name, object: "model", owned_by: "emulator-organization" });
  Object.assign(job, {
    status: "succeeded",
    fine_tuned_model: name,
    finished_at: at,
    trained_tokens: tokens,
    result_files: [results.id],
    hyperparameters: { batch_size: 1, learning_rate_multiplier: 1.8, n_epochs: EPOCHS },
  });
};

/**
 * The first line of a training or validation file that is not a JSON object, as the API's file
 * validation reports it; `undefined` when every line is one.
 */
const badLine = (call: Call, fileId: string | null): string | undefined => {
  const file = fileId ? call.state.stores.files.get(fileId) : undefined;
  const lines = file ? fileText(file).split("\n") : [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return `Invalid file format. Line ${index + 1} is not valid JSON.`;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      return `Invalid file format. Line ${index + 1} is not a JSON object.`;
    }
  }
  return undefined;
};

/** Fails a job whose files do not validate, as the API does before queueing it. */
const validateFiles = (call: Call, job: Item) => {
  for (const param of ["training_file", "validation_file"] as const) {
    const problem = badLine(call, job[param]);
    if (problem === undefined) continue;
    Object.assign(job, {
      status: "failed",
      finished_at: call.state.clock.seconds(),
      error: { code: "invalid_training_file", message: problem, param },
    });
    return;
  }
};

/**
 * Brings a job up to the emulator clock: failed at once when a file does not validate, queued once read, running after a tenth of
 * `durations.fineTuningJob`, succeeded when it has all passed (with its model, checkpoints
 * and result file). Paused time does not count.
 */
export const settleJob = (call: Call, job: Item): Item => {
  if (job.status === "validating_files") validateFiles(call, job);
  if (["succeeded", "failed", "cancelled"].includes(job.status)) return job;
  const total = call.state.options.durations.fineTuningJob;
  const elapsed = progressMs(job, call.state.clock.now());
  if (elapsed >= total && job.pausedAt === undefined) finish(call, job);
  else job.status = elapsed >= total / 10 ? "running" : "queued";
  return job;
};

/** A job as the API shows it, without the emulator's bookkeeping. */
export const viewJob = (job: Item, call: Call) => {
  const { startedAt: _s, pausedMs: _p, pausedAt: _a, ...shown } = settleJob(call, job);
  return shown;
};

/** The job's events so far, oldest first: they follow its status. */
export const jobEvents = (job: Item) => {
  const at = job.created_at;
  const events = [{ level: "info", message: "Validating training file", created_at: at }];
  // A job fails only in validation, so a failed one never got past it.
  if (job.status !== "validating_files" && job.status !== "failed") {
    events.push({
      level: "info",
      message: "Files validated, moving job to queued state",
      created_at: at,
    });
  }
  if (job.status === "running" || job.status === "succeeded") {
    events.push({ level: "info", message: "Fine-tuning job started", created_at: at });
  }
  if (job.status === "succeeded") {
    events.push(
      {
        level: "info",
        message: `New fine-tuned model created: ${job.fine_tuned_model}`,
        created_at: job.finished_at,
      },
      { level: "info", message: "The job has successfully completed", created_at: job.finished_at },
    );
  }
  if (job.status === "failed") {
    events.push({ level: "error", message: job.error.message, created_at: job.finished_at });
  }
  if (job.status === "cancelled") {
    events.push({
      level: "info",
      message: "Fine-tuning job cancelled",
      created_at: job.finished_at,
    });
  }
  return events.map((event, i) => ({
    id: `ftevent-${job.id.slice(6)}-${i}`,
    type: "message",
    ...event,
  }));
};
