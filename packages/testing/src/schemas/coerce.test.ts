import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { coerce } from "./coerce.js";

const Query = v.looseObject({
  limit: v.optional(v.pipe(v.number(), v.integer())),
  stream: v.optional(v.boolean()),
  include: v.optional(v.array(v.string())),
  after: v.optional(v.string()),
  range: v.optional(v.looseObject({ gte: v.optional(v.number()) })),
  n: v.optional(v.union([v.literal("auto"), v.number()])),
});

describe("coerce", () => {
  it("turns query and form text into the numbers, booleans and arrays the schema expects", () => {
    expect(
      coerce(Query, { limit: "5", stream: "true", include: "x", range: { gte: "3" }, n: "2" }),
    ).toEqual({ limit: 5, stream: true, include: ["x"], range: { gte: 3 }, n: 2 });
  });

  it("leaves strings the schema wants as strings, and keys it does not describe alone", () => {
    expect(coerce(Query, { after: "123", other: "7", n: "auto" })).toEqual({
      after: "123",
      other: "7",
      n: "auto",
    });
  });

  it("keeps text that fits no type, so validation can name it", () => {
    expect(coerce(Query, { limit: "many" })).toEqual({ limit: "many" });
  });
});
