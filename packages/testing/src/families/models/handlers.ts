import type { Handlers } from "../../router/handler.js";
import { withoutBody } from "../../router/handler.js";
import { ApiError } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { MODELS } from "./catalog.js";

const model = (entry: (typeof MODELS)[number]) => ({ ...entry, object: "model" });

export const modelsHandlers: Handlers = {
  listModels: withoutBody(() => jsonReply({ object: "list", data: MODELS.map(model) })),
  retrieveModel: withoutBody(({ params }) => {
    const found = MODELS.find((entry) => entry.id === params.model);
    if (!found) {
      throw new ApiError(
        404,
        `The model '${params.model}' does not exist or you do not have access to it.`,
        {
          code: "model_not_found",
          param: "model",
        },
      );
    }
    return jsonReply(model(found));
  }),
};
