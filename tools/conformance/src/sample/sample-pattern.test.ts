import { describe, expect, it } from "vitest";
import { samplePattern } from "./sample-pattern.js";

describe("samplePattern", () => {
  it.each(["^[a-zA-Z0-9_-]+$", "^tunnel_[a-z0-9]{32}$", "^[A-Za-z0-9_.-]+$", "^\\d{2,4}x?$"])(
    "builds a string matching %s",
    (pattern) => {
      expect(samplePattern(pattern)).toMatch(new RegExp(pattern));
    },
  );

  it("throws naming a pattern it cannot sample", () => {
    expect(() => samplePattern("^(a|b)$")).toThrow("^(a|b)$");
  });
});
