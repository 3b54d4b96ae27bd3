import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest, notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { type StoredBatch, settleBatch } from "./store.js";

const find = ({ state, params }: Call): StoredBatch => {
  const stored = state.stores.batches.get(params.batch_id!);
  if (!stored) throw notFound(`No batch found with id '${params.batch_id}'.`, "batch_id");
  return stored;
};

export const batchesHandlers = {
  createBatch: ({ state, body }) => {
    const input = state.stores.files.get(body.input_file_id);
    if (!input) {
      throw invalidRequest(`No such File object: ${body.input_file_id}`, "input_file_id");
    }
    if (input.object.purpose !== "batch") {
      throw invalidRequest(
        "The input file must be uploaded with purpose 'batch'.",
        "input_file_id",
      );
    }
    const created = state.clock.seconds();
    const stored: StoredBatch = {
      object: {
        id: state.ids.hex("batch_", 32),
        object: "batch",
        endpoint: body.endpoint,
        errors: null,
        input_file_id: body.input_file_id,
        completion_window: body.completion_window,
        status: "validating",
        output_file_id: null,
        error_file_id: null,
        created_at: created,
        in_progress_at: null,
        expires_at: created + 86_400,
        finalizing_at: null,
        completed_at: null,
        failed_at: null,
        expired_at: null,
        cancelling_at: null,
        cancelled_at: null,
        request_counts: { total: 0, completed: 0, failed: 0 },
        metadata: body.metadata ?? {},
      },
      doneAt: state.clock.now() + state.options.durations.batch,
    };
    state.stores.batches.set(stored.object.id, stored);
    state.webhooks.watch(
      "batch",
      stored.object.id,
      async () => (await settleBatch(state, stored)).status,
    );
    return jsonReply({ ...stored.object });
  },

  retrieveBatch: async (call) => jsonReply({ ...(await settleBatch(call.state, find(call))) }),

  cancelBatch: async (call) => {
    const stored = find(call);
    const batch = await settleBatch(call.state, stored);
    if (batch.status === "validating" || batch.status === "in_progress") {
      Object.assign(batch, { status: "cancelling", cancelling_at: call.state.clock.seconds() });
    }
    return jsonReply({ ...batch });
  },

  listBatches: async ({ state, query }) => {
    const all = [];
    for (const stored of state.stores.batches.values())
      all.push({ ...(await settleBatch(state, stored)) });
    return jsonReply(listPage(all, query, { limit: 20, maxLimit: 100, order: "desc" }));
  },
} satisfies Partial<OperationHandlers>;
