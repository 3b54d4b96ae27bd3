import { describe, expect, it } from "vitest";
import { collectRefs } from "./collect-refs.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const doc = {
  components: {
    schemas: {
      A: { type: "object", properties: { b: ref("B"), default: ref("D") } },
      B: { type: "array", items: ref("C") },
      C: { type: "object", properties: { again: ref("A") } },
      D: { type: "string" },
      E: { type: "string", default: { $ref: "#/components/schemas/F" } },
      F: { type: "string" },
      Lonely: { type: "string" },
    },
    responses: { Shared: { content: { "application/json": { schema: ref("Lonely") } } } },
  },
};

describe("collectRefs", () => {
  it("returns the transitive closure of references, cycles included", () => {
    expect([...collectRefs(doc, [ref("A")])].sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("starts from arbitrary fragments such as operations", () => {
    const operation = { requestBody: { content: { "application/json": { schema: ref("B") } } } };
    expect([...collectRefs(doc, [operation])].sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("follows references to shared responses", () => {
    const operation = { responses: { "200": { $ref: "#/components/responses/Shared" } } };
    expect([...collectRefs(doc, [operation])]).toEqual(["Lonely"]);
  });

  it("ignores $ref keys inside example and default values", () => {
    expect([...collectRefs(doc, [ref("E")])]).toEqual(["E"]);
  });

  it("fails on a reference the snapshot cannot resolve", () => {
    expect(() => collectRefs(doc, [ref("Missing")])).toThrow(/Missing/);
  });
});
