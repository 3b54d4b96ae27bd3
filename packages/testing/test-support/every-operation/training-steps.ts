import { DURATIONS, type Harness } from "./harness.js";

const jsonl = (lines: unknown[]) =>
  new File([lines.map((line) => JSON.stringify(line)).join("\n")], "train.jsonl", {
    type: "application/jsonl",
  });

const example = (question: string, answer: string) => ({
  messages: [
    { role: "user", content: question },
    { role: "assistant", content: answer },
  ],
});

const stringCheck = {
  type: "string_check",
  name: "exact",
  input: "{{sample.output_text}}",
  reference: "{{item.answer}}",
  operation: "eq",
};

/** Fine-tuning (a job to its model, checkpoints and permissions), graders, models. */
export const trainingSteps = async ({ run, emulator }: Harness): Promise<void> => {
  const file = await run("createFile", {
    file: jsonl([example("2+2?", "4"), example("3+3?", "6")]),
    purpose: "fine-tune",
  });
  const job = await run("createFineTuningJob", { model: "gpt-4o-mini", training_file: file.id });
  const fine_tuning_job_id = job.id;
  await run("pauseFineTuningJob", { fine_tuning_job_id });
  await run("resumeFineTuningJob", { fine_tuning_job_id });
  emulator.advance(DURATIONS.fineTuningJob);
  const done = await run("retrieveFineTuningJob", { fine_tuning_job_id });
  await run("listFineTuningJobs", {});
  await run("listFineTuningJobEvents", { fine_tuning_job_id });
  const checkpoints = await run("listFineTuningJobCheckpoints", { fine_tuning_job_id });
  const fine_tuned_model_checkpoint = checkpoints.data[0].fine_tuned_model_checkpoint;
  const granted = await run("createFineTuningCheckpointPermission", {
    fine_tuned_model_checkpoint,
    project_ids: ["proj_emulated"],
  });
  await run("listFineTuningCheckpointPermissions", { fine_tuned_model_checkpoint });
  await run("deleteFineTuningCheckpointPermission", {
    fine_tuned_model_checkpoint,
    permission_id: granted.data[0].id,
  });
  const other = await run("createFineTuningJob", { model: "gpt-4o-mini", training_file: file.id });
  await run("cancelFineTuningJob", { fine_tuning_job_id: other.id });

  await run("listModels");
  await run("retrieveModel", { model: done.fine_tuned_model });
  await run("deleteModel", { model: done.fine_tuned_model });

  await run("runGrader", { grader: stringCheck, model_sample: "4", item: { answer: "4" } });
  await run("validateGrader", { grader: stringCheck });
};

/** Evals: an eval, a run graded on the emulator clock, its output items. */
export const evalSteps = async ({ run, emulator }: Harness): Promise<void> => {
  const evaluation = await run("createEval", {
    name: "arithmetic",
    data_source_config: {
      type: "custom",
      item_schema: { type: "object", properties: { question: { type: "string" } } },
      include_sample_schema: true,
    },
    testing_criteria: [stringCheck],
  });
  const eval_id = evaluation.id;
  await run("listEvals", {});
  await run("retrieveEval", { eval_id });
  await run("updateEval", { eval_id, name: "sums" });
  const evalRun = await run("createEvalRun", {
    eval_id,
    data_source: {
      type: "jsonl",
      source: {
        type: "file_content",
        content: [
          { item: { answer: "4" }, sample: { output_text: "4" } },
          { item: { answer: "6" }, sample: { output_text: "5" } },
        ],
      },
    },
  });
  const run_id = evalRun.id;
  emulator.advance(DURATIONS.evalRun);
  await run("listEvalRuns", { eval_id });
  await run("retrieveEvalRun", { eval_id, run_id });
  const items = await run("listEvalRunOutputItems", { eval_id, run_id });
  await run("retrieveEvalRunOutputItem", { eval_id, run_id, output_item_id: items.data[0].id });
  const second = await run("createEvalRun", {
    eval_id,
    data_source: {
      type: "completions",
      model: "gpt-4.1",
      input_messages: {
        type: "template",
        template: [{ role: "user", content: "{{item.answer}}" }],
      },
      source: { type: "file_content", content: [{ item: { answer: "4" } }] },
    },
  });
  await run("cancelEvalRun", { eval_id, run_id: second.id });
  await run("deleteEvalRun", { eval_id, run_id: second.id });
  await run("deleteEval", { eval_id });
};
