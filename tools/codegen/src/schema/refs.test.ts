import { expect, test } from "vitest";
import { deref, refName, resolvePointer, schemaRef, schemaRefName } from "./refs.js";

const doc = {
  components: {
    schemas: {
      "Name/With~Marks": { type: "string" },
      Alias: { $ref: "#/components/schemas/Name~1With~0Marks" },
      Loop: { $ref: "#/components/schemas/Loop" },
    },
    parameters: { "after%": { name: "after", in: "query" } },
  },
};

test("a component name is unescaped from its pointer, and escaped back into one", () => {
  expect(schemaRefName("#/components/schemas/Name~1With~0Marks")).toBe("Name/With~Marks");
  expect(schemaRef("Name/With~Marks")).toEqual({ $ref: "#/components/schemas/Name~1With~0Marks" });
  expect(refName(schemaRef("Name/With~Marks"))).toBe("Name/With~Marks");
  expect(schemaRefName("#/components/parameters/after")).toBeUndefined();
  expect(refName({ type: "object" })).toBeUndefined();
});

test("pointers into any part of the spec resolve, URI-decoded then unescaped", () => {
  expect(resolvePointer(doc, "#/components/parameters/after%25")).toEqual({
    name: "after",
    in: "query",
  });
  expect(resolvePointer(doc, "#/components/missing/x")).toBeUndefined();
  expect(resolvePointer(doc, "other.yaml#/x")).toBeUndefined();
});

test("deref follows a chain of refs to its end and stops where a chain loops", () => {
  expect(deref(doc, { $ref: "#/components/schemas/Alias" })).toEqual({ type: "string" });
  expect(deref(doc, { $ref: "#/components/parameters/after%25" })).toMatchObject({ in: "query" });
  expect(deref(doc, { type: "integer" })).toEqual({ type: "integer" });
  expect(deref(doc, { $ref: "#/components/schemas/Loop" })).toEqual({
    $ref: "#/components/schemas/Loop",
  });
});
