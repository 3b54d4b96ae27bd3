import type { Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateCompletionParams,
  type CreateCompletionResponse,
  createCompletion,
  type StreamCompletionParams,
  streamCompletion,
} from "./index.js";

type Choice = CreateCompletionResponse["choices"][number];

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated legacy Completions types", () => {
  it("createCompletion requires model and prompt and refuses stream: true", () => {
    expectTypeOf<{ model: "davinci-002"; prompt: "Once" }>().toExtend<CreateCompletionParams>();
    expectTypeOf<{ model: "davinci-002" }>().not.toExtend<CreateCompletionParams>();
    expectTypeOf<{ prompt: "Once" }>().not.toExtend<CreateCompletionParams>();
    expectTypeOf<{
      model: "davinci-002";
      prompt: "Once";
      stream: true;
    }>().not.toExtend<CreateCompletionParams>();
    expectTypeOf(createCompletion).returns.toEqualTypeOf<Promise<CreateCompletionResponse>>();
  });

  it("prompt is a union of text, texts, tokens, token lists or null", () => {
    expectTypeOf<CreateCompletionParams["prompt"]>().toEqualTypeOf<
      string | string[] | number[] | number[][] | null
    >();
    expectTypeOf<{ model: "davinci-002"; prompt: [true] }>().not.toExtend<CreateCompletionParams>();
  });

  it("streamCompletion yields completion chunks and its params carry no stream flag", () => {
    expectTypeOf(streamCompletion).returns.toExtend<Stream<CreateCompletionResponse>>();
    expectTypeOf<
      ReturnType<ReturnType<typeof streamCompletion>["finalCompletion"]>
    >().toEqualTypeOf<Promise<CreateCompletionResponse>>();
    expectTypeOf<StreamCompletionParams>().not.toHaveProperty("stream");
    expectTypeOf<StreamCompletionParams>().toHaveProperty("stream_options");
  });

  it("choices keep the finish_reason enum and nullable logprobs", () => {
    expectTypeOf<Choice["finish_reason"]>().toEqualTypeOf<"stop" | "length" | "content_filter">();
    expectTypeOf<null>().toExtend<Choice["logprobs"]>();
    expectTypeOf<NonNullable<Choice["logprobs"]>["tokens"]>().toEqualTypeOf<string[] | undefined>();
  });
});
