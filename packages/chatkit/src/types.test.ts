import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ChatSessionResource,
  ClientToolCallItem,
  CreateChatKitSessionParams,
  ListChatKitThreadItemsParams,
  listChatKitThreadItems,
  listChatKitThreads,
  ThreadItem,
  ThreadResource,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated ChatKit types", () => {
  it("createChatKitSession requires the user and a workflow with an id", () => {
    expectTypeOf<{
      user: "u_1";
      workflow: { id: "wf_1" };
    }>().toExtend<CreateChatKitSessionParams>();
    expectTypeOf<{ workflow: { id: "wf_1" } }>().not.toExtend<CreateChatKitSessionParams>();
    expectTypeOf<{
      user: "u_1";
      workflow: { version: "1" };
    }>().not.toExtend<CreateChatKitSessionParams>();
    expectTypeOf<ChatSessionResource["status"]>().toEqualTypeOf<
      "active" | "expired" | "cancelled"
    >();
  });

  it("thread items are a union discriminated by type", () => {
    expectTypeOf<ItemOf<typeof listChatKitThreadItems>>().toEqualTypeOf<ThreadItem>();
    expectTypeOf<
      Extract<ThreadItem, { type: "chatkit.client_tool_call" }>
    >().toEqualTypeOf<ClientToolCallItem>();
    expectTypeOf<"chatkit.voice">().not.toExtend<ThreadItem["type"]>();
    expectTypeOf<ClientToolCallItem["output"]>().toEqualTypeOf<string | null>();
  });

  it("item lists need the thread id and keep the order enum; threads page over ThreadResource", () => {
    expectTypeOf<{ thread_id: "cthr_1"; order: "desc" }>().toExtend<ListChatKitThreadItemsParams>();
    expectTypeOf<{ order: "desc" }>().not.toExtend<ListChatKitThreadItemsParams>();
    expectTypeOf<{
      thread_id: "cthr_1";
      order: "newest";
    }>().not.toExtend<ListChatKitThreadItemsParams>();
    expectTypeOf<ItemOf<typeof listChatKitThreads>>().toEqualTypeOf<ThreadResource>();
  });

  it("thread status is a union by type and the title is nullable", () => {
    expectTypeOf<{ type: "active" }>().toExtend<ThreadResource["status"]>();
    expectTypeOf<{ type: "closed"; reason: null }>().toExtend<ThreadResource["status"]>();
    expectTypeOf<{ type: "closed" }>().not.toExtend<ThreadResource["status"]>();
    expectTypeOf<ThreadResource["title"]>().toEqualTypeOf<string | null>();
  });
});
