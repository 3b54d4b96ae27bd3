import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateEmbeddingParams,
  type CreateEmbeddingResponse,
  createEmbedding,
  type Embedding,
} from "./index.js";

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Embeddings types", () => {
  it("createEmbedding requires model and input and resolves to the list response", () => {
    expectTypeOf<{
      model: "text-embedding-3-small";
      input: "hello";
    }>().toExtend<CreateEmbeddingParams>();
    expectTypeOf<{ model: "text-embedding-3-small" }>().not.toExtend<CreateEmbeddingParams>();
    expectTypeOf<{ input: "hello" }>().not.toExtend<CreateEmbeddingParams>();
    expectTypeOf(createEmbedding).returns.toEqualTypeOf<Promise<CreateEmbeddingResponse>>();
  });

  it("input is a union of text, texts, tokens and token lists", () => {
    expectTypeOf<CreateEmbeddingParams["input"]>().toEqualTypeOf<
      string | string[] | number[] | number[][]
    >();
    expectTypeOf<{ model: "m"; input: null }>().not.toExtend<CreateEmbeddingParams>();
  });

  it("encoding_format is the float/base64 enum and each embedding is a vector of numbers", () => {
    expectTypeOf<CreateEmbeddingParams["encoding_format"]>().toEqualTypeOf<
      "float" | "base64" | undefined
    >();
    expectTypeOf<{
      model: "m";
      input: "x";
      encoding_format: "int8";
    }>().not.toExtend<CreateEmbeddingParams>();
    expectTypeOf<CreateEmbeddingResponse["data"]>().toEqualTypeOf<Embedding[]>();
    expectTypeOf<Embedding["embedding"]>().toEqualTypeOf<number[]>();
  });
});
