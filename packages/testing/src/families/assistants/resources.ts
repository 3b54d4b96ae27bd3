import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";

const alnum =
  (prefix: string) =>
  ({ state }: Call) =>
    state.ids.alnum(prefix, 24);

export const assistants = defineResource({
  label: "assistant",
  idParam: "assistant_id",
  newId: alnum("asst_"),
});

export const threads = defineResource({
  label: "thread",
  idParam: "thread_id",
  newId: alnum("thread_"),
});

export const messages = defineResource({
  label: "message",
  idParam: "message_id",
  parent: threads,
  newId: alnum("msg_"),
});

export const runs = defineResource({
  label: "run",
  idParam: "run_id",
  parent: threads,
  newId: alnum("run_"),
});

export const steps = defineResource({
  label: "run step",
  idParam: "step_id",
  parent: runs,
  newId: alnum("step_"),
});
