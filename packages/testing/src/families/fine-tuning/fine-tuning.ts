import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { checkpoints, jobEvents, jobs, settleJob, viewJob } from "./jobs.js";

const permissions = defineResource({
  label: "checkpoint permission",
  idParam: "permission_id",
  parent: checkpoints,
  newId: ({ state }) => state.ids.alnum("cp_", 24),
  list: { order: "asc" },
});

const checkFile = (call: Call, id: string | null | undefined, param: string) => {
  if (id && !call.state.stores.files.has(id)) {
    throw invalidRequest(`File '${id}' does not exist.`, param, "invalid_file");
  }
};

const page = (call: Call, items: Item[]) =>
  jsonReply(listPage(items, call.query, { limit: 20, maxLimit: 100, order: "desc" }));

/** Pause and resume stop and restart the job's clock (the spec has no paused status). */
const pauseOrResume = (pause: boolean) =>
  jobs.action((job, call) => {
    settleJob(call, job);
    const now = call.state.clock.now();
    if (pause && job.pausedAt === undefined) job.pausedAt = now;
    if (!pause && job.pausedAt !== undefined) {
      job.pausedMs += now - job.pausedAt;
      job.pausedAt = undefined;
    }
    return viewJob(job, call);
  });

export const fineTuningHandlers = {
  createFineTuningJob: (call) => {
    const { body, state } = call;
    checkFile(call, body.training_file, "training_file");
    checkFile(call, body.validation_file, "validation_file");
    const job = jobs.add(call, {
      object: "fine_tuning.job",
      model: body.model,
      status: "validating_files",
      training_file: body.training_file,
      validation_file: body.validation_file ?? null,
      hyperparameters: body.hyperparameters ?? {
        batch_size: "auto",
        learning_rate_multiplier: "auto",
        n_epochs: "auto",
      },
      method: body.method ?? { type: "supervised" },
      integrations: body.integrations ?? null,
      metadata: body.metadata ?? null,
      seed: body.seed ?? 42,
      suffix: body.suffix ?? null,
      organization_id: "org-emulator",
      fine_tuned_model: null,
      finished_at: null,
      trained_tokens: null,
      result_files: [],
      error: null,
      startedAt: state.clock.now(),
      pausedMs: 0,
    });
    state.webhooks.watch("fine_tuning.job", job.id, () => settleJob(call, job).status);
    const { startedAt: _s, pausedMs: _p, ...shown } = job;
    return jsonReply(shown);
  },
  listFineTuningJobs: (call) => {
    const wanted = Object.entries(call.body.metadata ?? {});
    const all = [...jobs.items(call).values()]
      .filter((job) => wanted.every(([key, value]) => job.metadata?.[key] === value))
      .map((job) => viewJob(job, call) as Item);
    return page(call, all);
  },
  retrieveFineTuningJob: jobs.retrieve(viewJob),
  cancelFineTuningJob: jobs.action((job, call) => {
    settleJob(call, job);
    if (["succeeded", "failed", "cancelled"].includes(job.status)) {
      throw invalidRequest(`Job ${job.id} has already ${job.status}.`, "fine_tuning_job_id");
    }
    Object.assign(job, { status: "cancelled", finished_at: call.state.clock.seconds() });
    return viewJob(job, call);
  }),
  pauseFineTuningJob: pauseOrResume(true),
  resumeFineTuningJob: pauseOrResume(false),
  listFineTuningJobEvents: (call) => {
    return page(call, jobEvents(settleJob(call, jobs.find(call))));
  },
  listFineTuningJobCheckpoints: (call) => {
    const job = settleJob(call, jobs.find(call));
    const own = [...checkpoints.items(call).values()]
      .filter((checkpoint) => checkpoint.fine_tuning_job_id === job.id)
      .map(({ id, checkpoint_id, ...rest }) => ({
        ...rest,
        id: checkpoint_id,
        fine_tuned_model_checkpoint: id,
      }));
    return page(call, own);
  },
  createFineTuningCheckpointPermission: (call) => {
    const created = call.body.project_ids.map((project_id) =>
      permissions.add(call, { project_id }),
    );
    return jsonReply({
      object: "list",
      data: created,
      first_id: created[0]?.id ?? null,
      last_id: created.at(-1)?.id ?? null,
      has_more: false,
    });
  },
  listFineTuningCheckpointPermissions: permissions.list({
    filter: (permission, { body }) => !body.project_id || permission.project_id === body.project_id,
  }),
  deleteFineTuningCheckpointPermission: permissions.remove(),
} satisfies Partial<OperationHandlers>;
