import { describe, expect, it } from "vitest";
import { type Doc, group, hardline, ifBreak, indent, join, line, print, softline } from "./doc.js";

const list = (items: Doc[]) =>
  group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]);

describe("print", () => {
  it("keeps a group on one line when it fits", () => {
    expect(print(list(["a", "b"]), 20)).toBe("[a, b]");
  });

  it("breaks a group that does not fit, one item per line", () => {
    expect(print(list(["alpha", "beta", "gamma"]), 12)).toBe("[\n  alpha,\n  beta,\n  gamma,\n]");
  });

  it("breaks only the outer group when the inner one then fits", () => {
    const doc = list(["first-long-item", list(["x", "y"])]);
    expect(print(doc, 20)).toBe("[\n  first-long-item,\n  [x, y],\n]");
  });

  it("breaks every group around a hard line", () => {
    expect(print(group(["a", line, "b", hardline, "c"]), 80)).toBe("a\nb\nc");
  });

  it("counts the starting column against the width", () => {
    expect(print(list(["a", "b"]), 10, 6)).toBe("[\n  a,\n  b,\n]");
  });

  it("leaves no trailing spaces on broken lines", () => {
    expect(print(group(["a", line, "b"]), 1)).toBe("a\nb");
  });
});
