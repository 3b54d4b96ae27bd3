import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  CreateFineTuningCheckpointPermissionParams,
  CreateFineTuningJobParams,
  FineTuningCheckpointPermission,
  FineTuningJob,
  FineTuningJobEvent,
  ListFineTuningCheckpointPermissionsParams,
  ListFineTuningJobEventsParams,
  ListFineTuningJobsParams,
  listFineTuningCheckpointPermissions,
  listFineTuningJobEvents,
  listFineTuningJobs,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Fine-tuning types", () => {
  it("createFineTuningJob requires model and training_file; method type and integrations are checked", () => {
    expectTypeOf<{
      model: "gpt-4o-mini";
      training_file: "file_1";
      method: { type: "dpo" };
    }>().toExtend<CreateFineTuningJobParams>();
    expectTypeOf<{ model: "gpt-4o-mini" }>().not.toExtend<CreateFineTuningJobParams>();
    expectTypeOf<{ training_file: "file_1" }>().not.toExtend<CreateFineTuningJobParams>();
    expectTypeOf<{
      model: "gpt-4o-mini";
      training_file: "file_1";
      method: { type: "distillation" };
    }>().not.toExtend<CreateFineTuningJobParams>();
    expectTypeOf<{
      model: "gpt-4o-mini";
      training_file: "file_1";
      integrations: [{ type: "wandb"; wandb: { entity: "team" } }];
    }>().not.toExtend<CreateFineTuningJobParams>();
  });

  it("jobs keep the status enum and nullable results; listFineTuningJobs pages over jobs", () => {
    expectTypeOf<FineTuningJob["status"]>().toEqualTypeOf<
      "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled"
    >();
    expectTypeOf<FineTuningJob["fine_tuned_model"]>().toEqualTypeOf<string | null>();
    expectTypeOf<null>().toExtend<FineTuningJob["error"]>();
    expectTypeOf<ItemOf<typeof listFineTuningJobs>>().toEqualTypeOf<FineTuningJob>();
    expectTypeOf<ListFineTuningJobsParams["metadata"]>().toEqualTypeOf<
      { [key: string]: string } | null | undefined
    >();
  });

  it("job events need the job id and page over events with the level enum", () => {
    expectTypeOf<{ fine_tuning_job_id: "ftjob_1" }>().toExtend<ListFineTuningJobEventsParams>();
    expectTypeOf<{ limit: 10 }>().not.toExtend<ListFineTuningJobEventsParams>();
    expectTypeOf<ItemOf<typeof listFineTuningJobEvents>>().toEqualTypeOf<FineTuningJobEvent>();
    expectTypeOf<FineTuningJobEvent["level"]>().toEqualTypeOf<"info" | "warn" | "error">();
  });

  it("checkpoint permissions need the checkpoint and project ids and order by ascending/descending", () => {
    expectTypeOf<{
      fine_tuned_model_checkpoint: "ft:ckpt";
      project_ids: ["proj_1"];
    }>().toExtend<CreateFineTuningCheckpointPermissionParams>();
    expectTypeOf<{
      fine_tuned_model_checkpoint: "ft:ckpt";
    }>().not.toExtend<CreateFineTuningCheckpointPermissionParams>();
    expectTypeOf<{
      fine_tuned_model_checkpoint: "ft:ckpt";
      order: "asc";
    }>().not.toExtend<ListFineTuningCheckpointPermissionsParams>();
    expectTypeOf<
      ItemOf<typeof listFineTuningCheckpointPermissions>
    >().toEqualTypeOf<FineTuningCheckpointPermission>();
  });
});
