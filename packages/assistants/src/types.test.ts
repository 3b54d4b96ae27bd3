import type { PagePromise, Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type AssistantObject,
  type AssistantStreamEvent,
  type CreateAssistantParams,
  type CreateRunParams,
  type Error as ErrorObject,
  type ListRunsParams,
  type listRuns,
  type MessageDeltaObject,
  type RunObject,
  type StreamRunParams,
  streamRun,
  streamThreadAndRun,
  streamToolOutputsToRun,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

type Tool = AssistantObject["tools"][number];

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Assistants types", () => {
  it("createRun requires thread_id and assistant_id and refuses stream: true", () => {
    expectTypeOf<{ thread_id: "t_1"; assistant_id: "a_1" }>().toExtend<CreateRunParams>();
    expectTypeOf<{ assistant_id: "a_1" }>().not.toExtend<CreateRunParams>();
    expectTypeOf<{ thread_id: "t_1" }>().not.toExtend<CreateRunParams>();
    expectTypeOf<{
      thread_id: "t_1";
      assistant_id: "a_1";
      stream: true;
    }>().not.toExtend<CreateRunParams>();
    expectTypeOf<StreamRunParams>().not.toHaveProperty("stream");
  });

  it("run streams yield the data payloads of the assistant stream events but [DONE] and errors", () => {
    // Core ends a stream at [DONE] and throws an APIError on an `event: error` frame.
    type Yielded = Exclude<AssistantStreamEvent, { event: "error" | "done" }>["data"];
    expectTypeOf(streamRun).returns.toEqualTypeOf<Stream<Yielded>>();
    expectTypeOf(streamThreadAndRun).returns.toEqualTypeOf<Stream<Yielded>>();
    expectTypeOf(streamToolOutputsToRun).returns.toEqualTypeOf<Stream<Yielded>>();
    expectTypeOf<"[DONE]">().not.toExtend<Yielded>();
    expectTypeOf<ErrorObject>().not.toExtend<Yielded>();
    expectTypeOf<RunObject>().toExtend<Yielded>();
    expectTypeOf<MessageDeltaObject>().toExtend<Yielded>();
    type Delta = Extract<AssistantStreamEvent, { event: "thread.message.delta" }>;
    expectTypeOf<Delta["data"]>().toEqualTypeOf<MessageDeltaObject>();
  });

  it("tools are a union discriminated by type, and createAssistant requires model", () => {
    expectTypeOf<{ type: "code_interpreter" }>().toExtend<Tool>();
    expectTypeOf<{ type: "browser" }>().not.toExtend<Tool>();
    expectTypeOf<{ type: "function" }>().not.toExtend<Tool>();
    expectTypeOf<{ model: "gpt-4o" }>().toExtend<CreateAssistantParams>();
    expectTypeOf<{ name: "helper" }>().not.toExtend<CreateAssistantParams>();
  });

  it("listRuns pages over runs with the order enum; run status and last_error keep their shape", () => {
    expectTypeOf<ItemOf<typeof listRuns>>().toEqualTypeOf<RunObject>();
    expectTypeOf<{ thread_id: "t_1"; order: "asc" }>().toExtend<ListRunsParams>();
    expectTypeOf<{ thread_id: "t_1"; order: "newest" }>().not.toExtend<ListRunsParams>();
    expectTypeOf<"requires_action">().toExtend<RunObject["status"]>();
    expectTypeOf<"done">().not.toExtend<RunObject["status"]>();
    expectTypeOf<null>().toExtend<RunObject["last_error"]>();
    expectTypeOf<RunObject["cancelled_at"]>().toEqualTypeOf<number | null>();
  });
});
