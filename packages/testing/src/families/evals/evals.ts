import type {
  CreateEvalParams,
  ListEvalRunOutputItemsParams,
  ListEvalRunsParams,
} from "@oaikit/evals";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { gradeRow, runTotals } from "./grade-rows.js";
import { evals, outputItems, runs } from "./resources.js";
import { type RunRow, runRows, SamplingFailure } from "./run-items.js";

/** What the eval shows of its data: the item schema, with the sample's when asked for. */
const dataSourceConfig = (config: Record<string, any>) => {
  if (config.type !== "custom") return { type: config.type, metadata: config.metadata, schema: {} };
  const properties: Record<string, unknown> = { item: config.item_schema };
  if (config.include_sample_schema) properties.sample = { type: "object" };
  return {
    type: "custom",
    schema: { type: "object", properties, required: Object.keys(properties) },
  };
};

/**
 * A run as a read sees it: queued in the create answer, in progress until `durations.evalRun`
 * has passed on the emulator clock, then completed (its output items readable). A run whose
 * sampling failed is failed from the start.
 */
const viewRun = (run: Item, { state }: Call) => {
  const { startedAt, ...shown } = run;
  if (run.status !== "queued") return shown;
  return state.clock.now() - startedAt >= state.options.durations.evalRun
    ? { ...shown, status: "completed" }
    : { ...shown, status: "in_progress" };
};

const settled = (call: Call) => viewRun(runs.find(call), call);

export const evalsHandlers = {
  createEval: evals.create(({ body }: Call<CreateEvalParams>) => ({
    object: "eval",
    name: body.name ?? "",
    metadata: body.metadata ?? {},
    data_source_config: dataSourceConfig(body.data_source_config),
    testing_criteria: body.testing_criteria,
  })),
  listEvals: evals.list(),
  retrieveEval: evals.retrieve(),
  updateEval: evals.update(),
  deleteEval: evals.remove((item) => ({ object: "eval.deleted", deleted: true, eval_id: item.id })),

  createEvalRun: (call) => {
    const evaluation = evals.find(call);
    let rows: RunRow[] = [];
    let failure: SamplingFailure | undefined;
    try {
      rows = runRows(call.state, call.body.data_source as Record<string, any>);
    } catch (error) {
      if (!(error instanceof SamplingFailure)) throw error;
      failure = error;
    }
    const run = runs.add(call, {
      object: "eval.run",
      eval_id: evaluation.id,
      name: call.body.name ?? `run-${call.state.clock.seconds()}`,
      metadata: call.body.metadata ?? {},
      data_source: call.body.data_source,
      model: (call.body.data_source as { model?: string }).model ?? "",
      status: failure ? "failed" : "queued",
      ...(failure && {
        error: { code: failure.error.code ?? "server_error", message: failure.message },
      }),
      startedAt: call.state.clock.now(),
    });
    run.report_url = `https://platform.openai.com/evaluations/${evaluation.id}?run_id=${run.id}`;
    const runCall = { ...call, params: { ...call.params, run_id: run.id } };
    const items = rows.map((row, i) =>
      outputItems.add(runCall, {
        ...gradeRow(row, i, evaluation.testing_criteria),
        eval_id: evaluation.id,
        run_id: run.id,
      }),
    );
    Object.assign(run, runTotals(items, evaluation.testing_criteria, rows));
    call.state.webhooks.watch("eval.run", run.id, () => viewRun(run, call).status);
    const { startedAt: _, ...shown } = run;
    return jsonReply(shown);
  },
  listEvalRuns: runs.list({
    view: viewRun,
    filter: (run, call: Call<ListEvalRunsParams>) =>
      !call.body.status || viewRun(run, call).status === call.body.status,
  }),
  retrieveEvalRun: runs.retrieve(viewRun),
  cancelEvalRun: runs.action((run, call) => {
    const { status } = viewRun(run, call);
    if (status === "completed" || status === "failed") {
      throw invalidRequest(`Run ${run.id} has already ${status}.`, "run_id");
    }
    run.status = "canceled";
    return viewRun(run, call);
  }),
  deleteEvalRun: runs.remove((run) => ({
    object: "eval.run.deleted",
    deleted: true,
    run_id: run.id,
  })),

  // Output items are there once the run has completed.
  listEvalRunOutputItems: outputItems.list({
    filter: (item, call: Call<ListEvalRunOutputItemsParams>) =>
      settled(call).status === "completed" &&
      (!call.body.status || item.status === call.body.status),
  }),
  retrieveEvalRunOutputItem: (call) => {
    if (settled(call).status !== "completed") {
      throw invalidRequest("The run has not completed; its output items are not ready.", "run_id");
    }
    return outputItems.retrieve()(call);
  },
} satisfies Partial<OperationHandlers>;
