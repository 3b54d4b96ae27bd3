import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ConversationItem,
  ConversationResource,
  CreateConversationItemsParams,
  CreateConversationParams,
  ListConversationItemsParams,
  listConversationItems,
  Message,
  UpdateConversationParams,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Conversations types", () => {
  it("createConversation needs nothing; adding items needs the conversation id and items", () => {
    expectTypeOf({}).toExtend<CreateConversationParams>();
    expectTypeOf<{ metadata: null }>().toExtend<CreateConversationParams>();
    expectTypeOf<{
      conversation_id: "conv_1";
      items: [];
    }>().toExtend<CreateConversationItemsParams>();
    expectTypeOf<{ items: [] }>().not.toExtend<CreateConversationItemsParams>();
    expectTypeOf<{ conversation_id: "conv_1" }>().not.toExtend<CreateConversationItemsParams>();
  });

  it("include takes only values of the include enum", () => {
    expectTypeOf<{
      conversation_id: "conv_1";
      include: ["reasoning.encrypted_content"];
    }>().toExtend<ListConversationItemsParams>();
    expectTypeOf<{
      conversation_id: "conv_1";
      include: ["reasoning.summary"];
    }>().not.toExtend<ListConversationItemsParams>();
    expectTypeOf<{
      conversation_id: "conv_1";
      order: "newest";
    }>().not.toExtend<ListConversationItemsParams>();
  });

  it("items page as a union discriminated by type; the message member is Message", () => {
    expectTypeOf<ItemOf<typeof listConversationItems>>().toEqualTypeOf<ConversationItem>();
    expectTypeOf<Extract<ConversationItem, { type: "message" }>>().toEqualTypeOf<Message>();
    expectTypeOf<"function_call_output">().toExtend<ConversationItem["type"]>();
    expectTypeOf<"chat_message">().not.toExtend<ConversationItem["type"]>();
  });

  it("updateConversation requires metadata, which may be null", () => {
    expectTypeOf<{
      conversation_id: "conv_1";
      metadata: null;
    }>().toExtend<UpdateConversationParams>();
    expectTypeOf<{
      conversation_id: "conv_1";
      metadata: { k: "v" };
    }>().toExtend<UpdateConversationParams>();
    expectTypeOf<{ conversation_id: "conv_1" }>().not.toExtend<UpdateConversationParams>();
    expectTypeOf<ConversationResource["object"]>().toEqualTypeOf<"conversation">();
  });
});
