import { defineResource } from "../../records/resource.js";

export const evals = defineResource({
  label: "eval",
  idParam: "eval_id",
  newId: ({ state }) => state.ids.hex("eval_", 32),
});

export const runs = defineResource({
  label: "eval run",
  idParam: "run_id",
  parent: evals,
  newId: ({ state }) => state.ids.hex("evalrun_", 32),
});

export const outputItems = defineResource({
  label: "output item",
  idParam: "output_item_id",
  parent: runs,
  newId: ({ state }) => state.ids.hex("outputitem_", 32),
  list: { order: "asc" },
});
