import { defineResource } from "../../records/resource.js";

/** Models the organization trained; fine-tuning jobs add them, `DELETE /models/{model}` removes them. */
export const fineTunedModels = defineResource({
  label: "model",
  idParam: "model",
  newId: () => "",
  stamp: "created",
  list: { order: "asc", limit: 10_000, maxLimit: 10_000 },
});
