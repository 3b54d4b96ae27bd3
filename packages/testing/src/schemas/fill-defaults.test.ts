import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { fillDefaults } from "./fill-defaults.js";

const Thing = v.looseObject({
  id: v.string(),
  object: v.literal("thing"),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  status: v.picklist(["ready", "gone"]),
  note: v.nullable(v.string()),
  tag: v.optional(v.string()),
  parts: v.array(v.looseObject({ kind: v.literal("part"), size: v.number() })),
});

describe("fillDefaults", () => {
  it("adds the required fields an object lacks with the schema's neutral values", () => {
    expect(fillDefaults(Thing, { id: "t1", parts: [{}] })).toEqual({
      id: "t1",
      object: "thing",
      count: 1,
      status: "ready",
      note: null,
      parts: [{ kind: "part", size: 0 }],
    });
  });

  it("drops nulls the schema only allows to be absent, and keeps every value it has", () => {
    const filled = fillDefaults(Thing, {
      id: "t2",
      object: "thing",
      count: 3,
      status: "gone",
      note: "kept",
      tag: null,
      parts: [],
      extra: true,
    });
    expect(filled).toEqual({
      id: "t2",
      object: "thing",
      count: 3,
      status: "gone",
      note: "kept",
      parts: [],
      extra: true,
    });
    expect(v.is(Thing, filled)).toBe(true);
  });

  it("completes the variant a union's discriminator names", () => {
    const Event = v.variant("type", [
      v.looseObject({ type: v.literal("a"), a: v.string() }),
      v.looseObject({ type: v.literal("b"), b: v.number() }),
    ]);
    expect(fillDefaults(Event, { type: "b" })).toEqual({ type: "b", b: 0 });
  });
});
