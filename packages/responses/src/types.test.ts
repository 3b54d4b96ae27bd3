import type { PagePromise, Stream } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateResponseParams,
  createResponse,
  type ItemResource,
  type ListResponseInputItemsParams,
  type listResponseInputItems,
  type Response,
  type ResponseError,
  type ResponseStream,
  type ResponseStreamEvent,
  type RetrieveResponseParams,
  streamResponse,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Responses types", () => {
  it("createResponse takes CreateResponse minus stream: true and resolves to a Response", () => {
    expectTypeOf(createResponse).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<{ model: "gpt-5.1"; input: "Hi" }>().toExtend<CreateResponseParams>();
    expectTypeOf<{ model: "gpt-5.1"; stream: false }>().toExtend<CreateResponseParams>();
    expectTypeOf<{ model: "gpt-5.1"; stream: true }>().not.toExtend<CreateResponseParams>();
  });

  it("streamResponse yields the event union, narrowed by its type tag, without the error event core throws", () => {
    type Yielded = Exclude<ResponseStreamEvent, { type: "error" }>;
    expectTypeOf(streamResponse).returns.toEqualTypeOf<ResponseStream>();
    expectTypeOf<ResponseStream>().toExtend<Stream<Yielded>>();
    expectTypeOf<ReturnType<ResponseStream["finalResponse"]>>().toEqualTypeOf<Promise<Response>>();
    expectTypeOf<"error">().not.toExtend<Yielded["type"]>();
    type Delta = Extract<ResponseStreamEvent, { type: "response.output_text.delta" }>;
    expectTypeOf<Delta["delta"]>().toEqualTypeOf<string>();
    expectTypeOf<"response.completed">().toExtend<ResponseStreamEvent["type"]>();
  });

  it("retrieve params require the path id; list params keep the order enum", () => {
    expectTypeOf<{ response_id: string }>().toExtend<RetrieveResponseParams>();
    expectTypeOf<{ include: [] }>().not.toExtend<RetrieveResponseParams>();
    expectTypeOf<ListResponseInputItemsParams["order"]>().toEqualTypeOf<
      "asc" | "desc" | undefined
    >();
  });

  it("Response promises no output_text: the API never sends it (outputText() computes it)", () => {
    expectTypeOf<Response>().not.toHaveProperty("output_text");
  });

  it("nullable fields stay nullable and list calls page over the item type", () => {
    expectTypeOf<null>().toExtend<ResponseError>();
    expectTypeOf<Response["error"]>().toEqualTypeOf<ResponseError>();
    expectTypeOf<ItemOf<typeof listResponseInputItems>>().toEqualTypeOf<ItemResource>();
  });
});
