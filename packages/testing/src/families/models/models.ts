import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Call } from "../../router/handler.js";
import { ApiError } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { MODELS } from "./catalog.js";
import { fineTunedModels } from "./fine-tuned-models.js";

const model = (entry: { id: string; created: number; owned_by: string }) => ({
  id: entry.id,
  object: "model",
  created: entry.created,
  owned_by: entry.owned_by,
});

const allModels = (call: Call) =>
  [...MODELS, ...fineTunedModels.items(call).values()] as typeof MODELS;

const unknownModel = (id: string | undefined) =>
  new ApiError(404, `The model '${id}' does not exist or you do not have access to it.`, {
    code: "model_not_found",
    param: "model",
  });

export const modelsHandlers = {
  listModels: (call) => jsonReply({ object: "list", data: allModels(call).map(model) }),
  retrieveModel: (call) => {
    const found = allModels(call).find((entry) => entry.id === call.params.model);
    if (!found) throw unknownModel(call.params.model);
    return jsonReply(model(found));
  },
  // Only the organization's own (fine-tuned) models can be deleted.
  deleteModel: (call) => {
    const id = call.params.model!;
    if (MODELS.some((entry) => entry.id === id)) {
      throw new ApiError(403, `You cannot delete the base model '${id}'.`, { param: "model" });
    }
    if (!fineTunedModels.items(call).delete(id)) throw unknownModel(id);
    return jsonReply({ id, object: "model", deleted: true });
  },
} satisfies Partial<OperationHandlers>;
