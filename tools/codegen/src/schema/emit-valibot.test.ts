import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTypeModule } from "./emit-types.js";
import { emitValibotModule, vSchema } from "./emit-valibot.js";
import {
  context,
  docOf,
  importModule,
  removeModules,
  typecheck,
  writeModules,
} from "./test-harness.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** One component per construct the spec uses; each test below parses values against one. */
const doc = docOf({
  Str: { type: "string", minLength: 2, maxLength: 6, pattern: "^[a-z/]+$" },
  Int: { type: "integer", minimum: 1, maximum: 10 },
  Positive: { type: "number", minimum: 0, exclusiveMinimum: true },
  TypeArray: { type: ["string", "null"] },
  LegacyNullable: { anyOf: [{ type: "integer" }, { type: "boolean" }], nullable: true },
  NullableRef: { $ref: "#/components/schemas/Int", nullable: true },
  Closed: { type: "string", enum: ["a", "b"] },
  Open: { anyOf: [{ type: "string" }, { type: "string", enum: ["x", "y"] }] },
  Const: { type: "string", const: "k" },
  StainlessConst: { type: "string", enum: ["only"], "x-stainless-const": true },
  IntEnum: { type: "integer", enum: [0, 1] },
  EnumWithNull: { type: "string", enum: ["a", null] },
  Obj: {
    type: "object",
    properties: {
      id: { type: "string" },
      maybe: { anyOf: [{ type: "string" }, { type: "null" }] },
      old: { type: "string", deprecated: true },
      req_null: { anyOf: [{ type: "string" }, { type: "null" }] },
      "x-y": { type: "integer" },
    },
    required: ["id", "req_null"],
  },
  ClosedObj: {
    type: "object",
    properties: { a: { type: "string" } },
    additionalProperties: false,
  },
  Dict: { type: "object", additionalProperties: { type: "integer" } },
  OpenObj: { type: "object", properties: { a: { type: "string" } }, additionalProperties: true },
  WithRest: {
    type: "object",
    properties: { a: { type: "number" } },
    additionalProperties: { type: "number" },
  },
  Bare: { type: "object" },
  Bounded: {
    type: "object",
    additionalProperties: { type: "string" },
    propertyNames: { type: "string", maxLength: 3 },
    maxProperties: 2,
  },
  List: { type: "array", items: ref("Closed"), minItems: 1, maxItems: 2 },
  Cat: {
    type: "object",
    properties: { type: { type: "string", enum: ["cat"] }, lives: { type: "integer" } },
    required: ["type", "lives"],
  },
  Dog: {
    type: "object",
    properties: { type: { type: "string", enum: ["dog"] }, good: { type: "boolean" } },
    required: ["type", "good"],
  },
  Pet: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "type" } },
  PetInferred: { anyOf: [ref("Cat"), ref("Dog")] },
  CatOrName: { anyOf: [ref("Cat"), { type: "string" }] },
  Kitten: {
    allOf: [ref("Cat"), { properties: { age: { type: "integer" } }, required: ["age"] }],
  },
  Litter: { oneOf: [ref("Kitten"), ref("Dog")], discriminator: { propertyName: "type" } },
  Creature: {
    anyOf: [
      ref("Pet"),
      {
        type: "object",
        properties: { type: { type: "string", enum: ["fish"] } },
        required: ["type"],
      },
    ],
  },
  Base: {
    type: "object",
    properties: { kind: { type: "string" }, note: { type: "string" } },
    required: ["kind"],
  },
  Derived: {
    allOf: [
      ref("Base"),
      { type: "object", properties: { extra: { type: "integer" } }, required: ["extra", "note"] },
    ],
  },
  ClosedDerived: { allOf: [ref("ClosedObj"), { properties: { b: { type: "integer" } } }] },
  NullableCat: { allOf: [ref("Cat"), { nullable: true }] },
  Tree: {
    type: "object",
    properties: { children: { type: "array", items: ref("Tree") }, name: { type: "string" } },
    required: ["name"],
  },
  Filter: {
    $recursiveAnchor: true,
    type: "object",
    additionalProperties: false,
    properties: {
      type: { type: "string", enum: ["and", "or"] },
      filters: { type: "array", items: { oneOf: [ref("Leaf"), { $recursiveRef: "#" }] } },
    },
    required: ["type", "filters"],
  },
  Leaf: {
    type: "object",
    properties: { type: { type: "string", enum: ["eq"] }, key: { type: "string" } },
    required: ["type", "key"],
  },
  Ping: { type: "object", properties: { pong: ref("Pong") } },
  Pong: { type: "object", properties: { ping: ref("Ping") } },
  Upload: {
    type: "object",
    properties: { file: { type: "string", format: "binary" } },
    required: ["file"],
  },
  OneSource: {
    type: "object",
    additionalProperties: false,
    properties: { file_id: { type: "string" }, image_url: { type: "string" } },
    anyOf: [{ required: ["image_url"] }, { required: ["file_id"] }],
    not: { required: ["image_url", "file_id"] },
  },
  "Thing-2": { type: "object", properties: { "with space": { type: "boolean" } } },
  Legacy: { type: "string", deprecated: true },
});

const components = Object.keys(doc.components.schemas);
let dir: string;
let schemas: Record<string, v.GenericSchema>;

beforeAll(async () => {
  dir = await writeModules({
    "types.ts": emitTypeModule(components, context(doc)),
    "schemas.ts": emitValibotModule(components, context(doc)),
  });
  schemas = (await importModule(dir, "schemas.ts")) as typeof schemas;
});

afterAll(() => removeModules(dir));

function accepts(name: string, value: unknown): boolean {
  const schema = schemas[`${name}Schema`];
  if (schema === undefined) throw new Error(`no schema exported for ${name}`);
  return v.safeParse(schema, value).success;
}

describe("emitValibotModule output", () => {
  it("typechecks together with the emitted types, annotations included", async () => {
    expect(await typecheck(dir)).toBe("");
  }, 60_000);

  it("exports one schema per component and nothing else", () => {
    expect(Object.keys(schemas).sort()).toEqual(
      components.map((name) => `${name.replace("-", "")}Schema`).sort(),
    );
  });

  it("applies string length and pattern checks, slashes in the pattern included", () => {
    expect(accepts("Str", "a/b")).toBe(true);
    expect(accepts("Str", "a")).toBe(false);
    expect(accepts("Str", "abcdefg")).toBe(false);
    expect(accepts("Str", "AB")).toBe(false);
  });

  it("checks integers and their bounds, exclusive ones too", () => {
    expect(accepts("Int", 5)).toBe(true);
    expect(accepts("Int", 5.5)).toBe(false);
    expect(accepts("Int", 0)).toBe(false);
    expect(accepts("Int", 11)).toBe(false);
    expect(accepts("Positive", 0.1)).toBe(true);
    expect(accepts("Positive", 0)).toBe(false);
  });

  it("accepts null for 3.1 type arrays and for 3.0 nullable leftovers with and without a type", () => {
    expect(accepts("TypeArray", null)).toBe(true);
    expect(accepts("TypeArray", "s")).toBe(true);
    expect(accepts("TypeArray", 1)).toBe(false);
    expect(accepts("LegacyNullable", null)).toBe(true);
    expect(accepts("LegacyNullable", true)).toBe(true);
    expect(accepts("LegacyNullable", "x")).toBe(false);
    expect(accepts("NullableRef", null)).toBe(true);
    expect(accepts("NullableRef", 3)).toBe(true);
    expect(accepts("NullableRef", 30)).toBe(false);
  });

  it("keeps closed enums closed and lets open enums take any string", () => {
    expect(accepts("Closed", "a")).toBe(true);
    expect(accepts("Closed", "c")).toBe(false);
    expect(accepts("Open", "x")).toBe(true);
    expect(accepts("Open", "something-new")).toBe(true);
    expect(accepts("Open", 1)).toBe(false);
  });

  it("treats const, single-value enums and integer enums as literals", () => {
    expect(accepts("Const", "k")).toBe(true);
    expect(accepts("Const", "j")).toBe(false);
    expect(accepts("StainlessConst", "only")).toBe(true);
    expect(accepts("StainlessConst", "other")).toBe(false);
    expect(accepts("IntEnum", 1)).toBe(true);
    expect(accepts("IntEnum", 2)).toBe(false);
    expect(accepts("EnumWithNull", null)).toBe(true);
    expect(accepts("EnumWithNull", "b")).toBe(false);
  });

  it("requires required keys, keeps required nullable keys required, and allows unknown keys", () => {
    expect(accepts("Obj", { id: "1", req_null: null })).toBe(true);
    expect(accepts("Obj", { id: "1", req_null: "x", maybe: null, "x-y": 2, later: true })).toBe(
      true,
    );
    expect(accepts("Obj", { id: "1" })).toBe(false);
    expect(accepts("Obj", { req_null: null })).toBe(false);
    expect(accepts("Obj", { id: "1", req_null: null, "x-y": "2" })).toBe(false);
  });

  it("rejects unknown keys only where additionalProperties is false", () => {
    expect(accepts("ClosedObj", { a: "x" })).toBe(true);
    expect(accepts("ClosedObj", { a: "x", b: 1 })).toBe(false);
    expect(accepts("OpenObj", { a: "x", b: 1 })).toBe(true);
    expect(accepts("Bare", { anything: [1] })).toBe(true);
  });

  it("checks the values of maps and of the keys beside listed properties", () => {
    expect(accepts("Dict", { a: 1, b: 2 })).toBe(true);
    expect(accepts("Dict", { a: "1" })).toBe(false);
    expect(accepts("WithRest", { a: 1, b: 2 })).toBe(true);
    expect(accepts("WithRest", { a: 1, b: "2" })).toBe(false);
  });

  it("limits map key length and entry count", () => {
    expect(accepts("Bounded", { abc: "x", de: "y" })).toBe(true);
    expect(accepts("Bounded", { abcd: "x" })).toBe(false);
    expect(accepts("Bounded", { a: "x", b: "y", c: "z" })).toBe(false);
  });

  it("checks array items and item counts", () => {
    expect(accepts("List", ["a", "b"])).toBe(true);
    expect(accepts("List", [])).toBe(false);
    expect(accepts("List", ["a", "b", "a"])).toBe(false);
    expect(accepts("List", ["z"])).toBe(false);
  });

  it("tells tagged union members apart by their discriminator, declared or inferred", () => {
    for (const name of ["Pet", "PetInferred"]) {
      expect(accepts(name, { type: "cat", lives: 9 })).toBe(true);
      expect(accepts(name, { type: "dog", good: true })).toBe(true);
      expect(accepts(name, { type: "dog", lives: 9 })).toBe(false);
      expect(accepts(name, { type: "cow" })).toBe(false);
    }
    expect(accepts("CatOrName", "Tom")).toBe(true);
    expect(accepts("CatOrName", { type: "cat", lives: 1 })).toBe(true);
    expect(accepts("CatOrName", 1)).toBe(false);
  });

  it("uses v.variant only where every option is an object with the tag", () => {
    const text = emitValibotModule(["Cat", "Dog", "Pet", "PetInferred", "CatOrName"], context(doc));
    expect(text).toContain('export const PetSchema = v.variant("type", [CatSchema, DogSchema])');
    expect(text).toContain('PetInferredSchema: v.GenericSchema<T.PetInferred> = v.variant("type"');
    expect(text).toContain("v.union([CatSchema, v.string()])");
    expect(text).toContain("}) satisfies v.GenericSchema<T.Cat>;");
  });

  it("merges an allOf option into one object so its union can still be a variant", () => {
    expect(accepts("Litter", { type: "cat", lives: 9, age: 1 })).toBe(true);
    expect(accepts("Litter", { type: "cat", lives: 9 })).toBe(false);
    expect(accepts("Litter", { type: "dog", good: false })).toBe(true);
    const text = emitValibotModule(["Cat", "Dog", "Kitten", "Litter"], context(doc));
    expect(text).toContain("export const KittenSchema = v.looseObject({");
    expect(text).toContain('v.variant("type", [KittenSchema, DogSchema])');
  });

  it("nests a tagged union inside another on the same key", () => {
    expect(accepts("Creature", { type: "fish" })).toBe(true);
    expect(accepts("Creature", { type: "dog", good: true })).toBe(true);
    expect(accepts("Creature", { type: "dog" })).toBe(false);
    expect(accepts("Creature", { type: "bird" })).toBe(false);
    const text = emitValibotModule(["Cat", "Dog", "Pet", "Creature"], context(doc));
    expect(text).toContain('export const PetSchema = v.variant("type", [CatSchema, DogSchema])');
    expect(text).toMatch(
      /CreatureSchema: v\.GenericSchema<T\.Creature> = v\.variant\("type", \[\s*PetSchema,/,
    );
  });

  it("makes a key required by one allOf part and declared by another required", () => {
    expect(accepts("Derived", { kind: "k", note: "n", extra: 1 })).toBe(true);
    expect(accepts("Derived", { kind: "k", extra: 1 })).toBe(false);
    expect(accepts("Derived", { note: "n", extra: 1 })).toBe(false);
  });

  it("merges allOf parts around a closed object instead of letting it reject their keys", () => {
    expect(accepts("ClosedDerived", { a: "x", b: 1 })).toBe(true);
    expect(accepts("ClosedDerived", { a: "x", b: 1, c: 2 })).toBe(false);
  });

  it("reads allOf with a nullable-only part as a nullable reference", () => {
    expect(accepts("NullableCat", null)).toBe(true);
    expect(accepts("NullableCat", { type: "cat", lives: 1 })).toBe(true);
    expect(accepts("NullableCat", { type: "cat" })).toBe(false);
  });

  it("validates recursive and mutually recursive schemas to any depth", () => {
    expect(
      accepts("Tree", { name: "a", children: [{ name: "b", children: [{ name: "c" }] }] }),
    ).toBe(true);
    expect(accepts("Tree", { name: "a", children: [{ name: "b", children: [{}] }] })).toBe(false);
    expect(accepts("Ping", { pong: { ping: { pong: {} } } })).toBe(true);
    expect(accepts("Ping", { pong: { ping: { pong: 1 } } })).toBe(false);
  });

  it("resolves $recursiveRef to the component it appears in", () => {
    const nested = { type: "or", filters: [{ type: "and", filters: [{ type: "eq", key: "k" }] }] };
    expect(accepts("Filter", nested)).toBe(true);
    expect(
      accepts("Filter", { type: "or", filters: [{ type: "and", filters: [{ type: "eq" }] }] }),
    ).toBe(false);
  });

  it("accepts Blob-like values for binary strings", () => {
    expect(accepts("Upload", { file: new Blob(["x"]) })).toBe(true);
    expect(accepts("Upload", { file: new File(["x"], "a.txt") })).toBe(true);
    expect(accepts("Upload", { file: "x" })).toBe(false);
  });

  it("requires one of several keys and rejects both at once", () => {
    expect(accepts("OneSource", { image_url: "u" })).toBe(true);
    expect(accepts("OneSource", { file_id: "f" })).toBe(true);
    expect(accepts("OneSource", {})).toBe(false);
    expect(accepts("OneSource", { image_url: "u", file_id: "f" })).toBe(false);
  });

  it("quotes property names that are not identifiers", () => {
    expect(accepts("Thing2", { "with space": true })).toBe(true);
    expect(accepts("Thing2", { "with space": "yes" })).toBe(false);
  });
});

describe("emitValibotModule structure", () => {
  it("declares dependencies first and defers only references that close a cycle", () => {
    const text = emitValibotModule(["Tree", "Ping", "Pong", "List", "Closed"], context(doc));
    expect(text.indexOf("ClosedSchema:")).toBeLessThan(text.indexOf("ListSchema:"));
    expect(text).toContain("v.array(v.lazy(() => TreeSchema))");
    expect(text.match(/v\.lazy/g)).toHaveLength(2);
  });

  it("imports schemas declared elsewhere and records every referenced component", () => {
    const ctx = context(doc, (name) => (name === "Closed" ? "@oaikit/types/schemas" : undefined));
    const text = emitValibotModule(["List"], ctx);
    expect(text.split("\n").slice(0, 3)).toEqual([
      'import * as v from "valibot";',
      'import { ClosedSchema } from "@oaikit/types/schemas";',
      'import type * as T from "./types.js";',
    ]);
    expect([...ctx.used]).toEqual(["Closed"]);
  });

  it("refuses to emit a reference that is neither declared nor importable", () => {
    expect(() => emitValibotModule(["List"], context(doc))).toThrow(/"Closed" is referenced/);
  });

  it("marks deprecated components", () => {
    expect(emitValibotModule(["Legacy"], context(doc))).toContain(
      "/** @deprecated */\nexport const LegacySchema",
    );
  });

  it("renders a standalone fragment without v.lazy and records its references", () => {
    const ctx = context(doc);
    expect(vSchema({ type: "array", items: ref("Tree") }, ctx)).toBe("v.array(TreeSchema)");
    expect([...ctx.used]).toEqual(["Tree"]);
  });

  it("produces the same text on every run", () => {
    expect(emitValibotModule(components, context(doc))).toBe(
      emitValibotModule(components, context(doc)),
    );
  });
});
