import { describe, expect, it } from "vitest";
import { sampleValue } from "./sample-value.js";

const doc = {
  components: {
    schemas: {
      Base: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      Kind: { type: "string", enum: ["first", "second"] },
    },
  },
};
const json = { doc, multipart: false };

describe("sampleValue", () => {
  it("fills required fields only, through $refs, with the first enum value", () => {
    const schema = {
      type: "object",
      properties: { kind: { $ref: "#/components/schemas/Kind" }, note: { type: "string" } },
      required: ["kind"],
    };
    expect(sampleValue(schema, json)).toEqual({ kind: "first" });
  });

  it("samples a field one allOf part requires and another part declares", () => {
    const schema = {
      allOf: [
        { $ref: "#/components/schemas/Base" },
        { required: ["size"], properties: { size: { type: "integer", minimum: 3 } } },
      ],
    };
    expect(sampleValue(schema, json)).toEqual({ id: "sample", size: 3 });
  });

  it("respects numeric bounds, string lengths and array minimums", () => {
    expect(sampleValue({ type: "integer", exclusiveMinimum: 0, maximum: 10 }, json)).toBe(1);
    expect(sampleValue({ type: "number", minimum: -2, maximum: -1 }, json)).toBe(-2);
    expect(sampleValue({ type: "string", minLength: 10 }, json)).toHaveLength(10);
    expect(sampleValue({ type: "string", maxLength: 3 }, json)).toHaveLength(3);
    expect(sampleValue({ type: "array", minItems: 2, items: { type: "boolean" } }, json)).toEqual([
      false,
      false,
    ]);
  });

  it("skips null members of a union", () => {
    expect(sampleValue({ anyOf: [{ type: "null" }, { type: "integer" }] }, json)).toBe(1);
  });

  it("takes the file member of a multipart union, as a Blob", () => {
    const schema = {
      oneOf: [
        { type: "array", items: { type: "string", format: "binary" } },
        { type: "string", format: "binary" },
      ],
    };
    expect(sampleValue(schema, { doc, multipart: true })).toBeInstanceOf(Blob);
    expect(Array.isArray(sampleValue(schema, json))).toBe(true);
  });
});
