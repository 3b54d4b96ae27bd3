import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./load-spec.js";
import { fixedQueryPrefix, prismSpec } from "./prism-spec.js";

const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({
  openapi: "3.1.0",
  "x-oaikit-source": { commit: "abc" },
  paths,
  components: { schemas },
});

/** Every node of a JSON document, for whole-spec checks. */
const nodes = (value: unknown): Record<string, unknown>[] => {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (typeof value !== "object" || value === null) return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(nodes)];
};

describe("prismSpec", () => {
  it("rewrites nullable without a type as a union with null and keeps typed nullable as is", () => {
    const out = prismSpec(
      doc({
        A: { $ref: "#/components/schemas/B", nullable: true },
        B: { type: "string", nullable: true },
        C: { properties: { nullable: { type: "boolean" } } },
      }),
    );
    expect(out.components.schemas.A).toEqual({
      anyOf: [{ $ref: "#/components/schemas/B" }, { type: "null" }],
    });
    expect(out.components.schemas.B).toEqual({ type: "string", nullable: true });
    expect(out.components.schemas.C.properties.nullable).toEqual({ type: "boolean" });
  });

  it("drops null defaults the schema's own type forbids, keeps allowed ones, copies its input", () => {
    const input = doc({
      A: { type: "object", default: null },
      B: { type: "string", nullable: true, default: null },
      C: { type: ["string", "null"], default: null },
    });
    const out = prismSpec(input);
    expect(out.components.schemas.A).toEqual({ type: "object" });
    expect(input.components.schemas.A).toEqual({ type: "object", default: null });
    expect(out.components.schemas.B.default).toBeNull();
    expect(out.components.schemas.C.default).toBeNull();
  });

  it("gives bare response objects the description OpenAPI requires", () => {
    const out = prismSpec(doc({}, { "/a": { delete: { responses: { "200": {} } } } }));
    expect(out.paths["/a"].delete.responses["200"]).toEqual({ description: "" });
  });

  it("routes fixed-query path keys under their own prefix and requires the query there", () => {
    const out = prismSpec(
      doc({}, { "/r": { post: { responses: {} } }, "/r?beta=true": { post: { responses: {} } } }),
    );
    expect(fixedQueryPrefix({ beta: "true" })).toBe("/__beta_true");
    expect(Object.keys(out.paths).sort()).toEqual(["/__beta_true/r", "/r"]);
    expect(out.paths["/__beta_true/r"].post.parameters).toEqual([
      { name: "beta", in: "query", required: true, schema: { type: "string", enum: ["true"] } },
    ]);
    expect(out["x-oaikit-source"]).toBeUndefined();
  });

  it("leaves no untyped nullable and no query in a path key of the committed snapshot", () => {
    const out = prismSpec(loadSnapshot());
    const untyped = nodes(out).filter((n) => typeof n.nullable === "boolean" && !("type" in n));
    expect(untyped).toEqual([]);
    expect(Object.keys(out.paths).filter((key) => key.includes("?"))).toEqual([]);
  });
});
