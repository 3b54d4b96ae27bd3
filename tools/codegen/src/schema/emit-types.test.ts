import { describe, expect, it } from "vitest";
import { emitTypeModule, tsType } from "./emit-types.js";
import { context, docOf } from "./test-harness.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const doc = docOf({
  Cat: {
    type: "object",
    properties: { type: { type: "string", enum: ["cat"] }, name: { type: "string" } },
    required: ["type"],
  },
  Dog: { type: "object", properties: { type: { type: "string", enum: ["dog"] } } },
  Model: { type: "string", enum: ["m-1", "m-2"] },
  Strict: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
  Node: { type: "object", properties: { next: ref("Node") } },
  Legacy: { type: "integer", deprecated: true },
});

const type = (schema: unknown) => tsType(schema, context(doc));

describe("tsType", () => {
  it("maps scalar types, integer formats included, to TypeScript keywords", () => {
    expect(type({ type: "string", format: "uri" })).toBe("string");
    expect(type({ type: "integer", format: "unixtime" })).toBe("number");
    expect(type({ type: "number" })).toBe("number");
    expect(type({ type: "boolean" })).toBe("boolean");
    expect(type({ type: "null" })).toBe("null");
    expect(type({})).toBe("unknown");
  });

  it("types binary strings as Blob", () => {
    expect(type({ type: "string", format: "binary" })).toBe("Blob");
  });

  it("adds null for type arrays and for nullable with or without a type", () => {
    expect(type({ type: ["string", "null"] })).toBe("string | null");
    expect(type({ type: "integer", nullable: true })).toBe("number | null");
    expect(type({ nullable: true, oneOf: [ref("Cat")] })).toBe("Cat | null");
    expect(type({ $ref: "#/components/schemas/Cat", nullable: true })).toBe("Cat | null");
    expect(type({ anyOf: [ref("Cat"), { type: "null" }] })).toBe("Cat | null");
    expect(type({ allOf: [ref("Cat"), { nullable: true }] })).toBe("Cat | null");
  });

  it("writes enums and consts as literal unions", () => {
    expect(type({ type: "string", enum: ["a", "b"] })).toBe('"a" | "b"');
    expect(type({ type: "integer", enum: [0, 1] })).toBe("0 | 1");
    expect(type({ type: "string", const: "only" })).toBe('"only"');
    expect(type({ type: "string", enum: ["x"], "x-stainless-const": true })).toBe('"x"');
    expect(type({ type: "string", enum: ["a", null] })).toBe('"a" | null');
  });

  it("keeps known values of open enums visible beside any other string", () => {
    expect(type({ anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }] })).toBe(
      '"a" | "b" | (string & {})',
    );
    expect(type({ anyOf: [{ type: "string" }, ref("Model")] })).toBe("Model | (string & {})");
    expect(
      type({ anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }),
    ).toBe("string | string[]");
  });

  it("parenthesizes unions inside arrays", () => {
    expect(type({ type: "array", items: { oneOf: [ref("Cat"), ref("Dog")] } })).toBe(
      "(Cat | Dog)[]",
    );
    expect(type({ type: "array", items: { type: "array", items: { type: "integer" } } })).toBe(
      "number[][]",
    );
  });

  it("writes objects with optional, quoted and deprecated properties", () => {
    const schema = {
      type: "object",
      properties: {
        id: { type: "string" },
        "a.b": { type: "integer" },
        old: { type: "boolean", deprecated: true },
        gone: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
      required: ["id", "gone"],
    };
    expect(type(schema)).toBe(
      [
        "{",
        "  id: string;",
        '  "a.b"?: number;',
        "  /** @deprecated */",
        "  old?: boolean;",
        "  gone: string | null;",
        "}",
      ].join("\n"),
    );
  });

  it("writes index signatures for maps and open objects", () => {
    expect(type({ type: "object" })).toBe("{ [key: string]: unknown }");
    expect(type({ type: "object", additionalProperties: { type: "string" } })).toBe(
      "{ [key: string]: string }",
    );
    expect(type({ type: "object", additionalProperties: {} })).toBe("{ [key: string]: unknown }");
    expect(
      type({
        type: "object",
        properties: { a: { type: "number" } },
        additionalProperties: { type: "number" },
      }),
    ).toBe("{\n  a?: number;\n} & { [key: string]: number }");
  });

  it("intersects allOf parts and requires keys another part declares", () => {
    expect(
      type({
        allOf: [ref("Cat"), { properties: { age: { type: "integer" } }, required: ["name"] }],
      }),
    ).toBe("Cat & {\n  age?: number;\n  name: string;\n}");
  });

  it("merges allOf parts into one object when a part is closed", () => {
    expect(type({ allOf: [ref("Strict"), { properties: { b: { type: "boolean" } } }] })).toBe(
      "{\n  a?: string;\n  b?: boolean;\n}",
    );
  });

  it("writes one object per member of a required-only anyOf", () => {
    const schema = {
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" } },
      anyOf: [{ required: ["a"] }, { required: ["b"] }],
    };
    expect(type(schema)).toBe(
      "\n  | {\n      a: string;\n      b?: string;\n    }\n  | {\n      a?: string;\n      b: string;\n    }",
    );
  });

  it("breaks a long union into one member per line, starting on a new line", () => {
    const values = Array.from({ length: 12 }, (_, index) => `value-number-${index}`);
    const text = type({ type: "string", enum: values });
    expect(text.startsWith('\n  | "value-number-0"\n  | "value-number-1"')).toBe(true);
    expect(text.split("\n").every((line) => line.length <= 100)).toBe(true);
  });

  it("records the components it references", () => {
    const ctx = context(doc);
    tsType({ oneOf: [ref("Cat"), { type: "array", items: ref("Dog") }] }, ctx);
    expect([...ctx.used].sort()).toEqual(["Cat", "Dog"]);
  });
});

describe("emitTypeModule", () => {
  it("declares interfaces for objects and aliases for everything else", () => {
    expect(emitTypeModule(["Cat", "Model", "Node"], context(doc))).toBe(
      [
        "export interface Cat {",
        '  type: "cat";',
        "  name?: string;",
        "}",
        "",
        'export type Model = "m-1" | "m-2";',
        "",
        "export interface Node {",
        "  next?: Node;",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("imports the types of components declared in other modules", () => {
    const ctx = context(doc, (name) => (name === "Model" ? "@oaikit/types" : undefined));
    const withModel = docOf({
      ...doc.components.schemas,
      Pick: { type: "object", properties: { model: ref("Model"), cat: ref("Cat") } },
    });
    const text = emitTypeModule(["Pick", "Cat"], { ...ctx, doc: withModel });
    expect(
      text.startsWith('import type { Model } from "@oaikit/types";\n\nexport interface Pick {'),
    ).toBe(true);
    expect([...ctx.used].sort()).toEqual(["Cat", "Model"]);
  });

  it("refuses to emit a reference that is neither declared nor importable", () => {
    const withDangling = docOf({
      Pair: { type: "array", items: ref("Cat") },
      ...doc.components.schemas,
    });
    expect(() => emitTypeModule(["Pair"], context(withDangling))).toThrow(/"Cat" is referenced/);
  });

  it("marks deprecated components", () => {
    expect(emitTypeModule(["Legacy"], context(doc))).toBe(
      "/**\n * @deprecated Deprecated by OpenAI.\n */\nexport type Legacy = number;\n",
    );
  });

  it("links each component that has one to its reference page, and only those", () => {
    const pages = new Map([
      ["Cat", "https://developers.openai.com/api/reference/resources/cats/methods/retrieve"],
      ["Legacy", "https://developers.openai.com/api/reference/resources/legacy/methods/list"],
    ]);
    expect(emitTypeModule(["Cat", "Legacy", "Model"], { ...context(doc), pages })).toBe(
      [
        "/**",
        ` * @see ${pages.get("Cat")}`,
        " */",
        "export interface Cat {",
        '  type: "cat";',
        "  name?: string;",
        "}",
        "",
        "/**",
        " * @deprecated Deprecated by OpenAI.",
        ` * @see ${pages.get("Legacy")}`,
        " */",
        "export type Legacy = number;",
        "",
        'export type Model = "m-1" | "m-2";',
        "",
      ].join("\n"),
    );
  });
});
