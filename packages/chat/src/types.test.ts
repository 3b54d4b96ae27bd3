import type { PagePromise, Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ChatCompletionRequestMessage,
  type CreateChatCompletionParams,
  type CreateChatCompletionResponse,
  type CreateChatCompletionStreamResponse,
  type ListChatCompletionsParams,
  type listChatCompletions,
  streamChatCompletion,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Chat Completions types", () => {
  it("requires model and messages, and excludes stream: true from the plain call", () => {
    expectTypeOf<{ model: "gpt-4o"; messages: [] }>().toExtend<CreateChatCompletionParams>();
    expectTypeOf<{ model: "gpt-4o" }>().not.toExtend<CreateChatCompletionParams>();
    expectTypeOf<{
      model: "gpt-4o";
      messages: [];
      stream: true;
    }>().not.toExtend<CreateChatCompletionParams>();
  });

  it("messages are a union discriminated by role", () => {
    expectTypeOf<{ role: "user"; content: "Hi" }>().toExtend<ChatCompletionRequestMessage>();
    expectTypeOf<{ role: "nobody"; content: "Hi" }>().not.toExtend<ChatCompletionRequestMessage>();
  });

  it("streamChatCompletion yields chunks; listChatCompletions pages over completions", () => {
    expectTypeOf(streamChatCompletion).returns.toExtend<
      Stream<CreateChatCompletionStreamResponse>
    >();
    expectTypeOf<
      ItemOf<typeof listChatCompletions>
    >().toEqualTypeOf<CreateChatCompletionResponse>();
    expectTypeOf<ListChatCompletionsParams["order"]>().toEqualTypeOf<"asc" | "desc" | undefined>();
  });
});
