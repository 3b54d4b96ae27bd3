import { describe, expect, it } from "vitest";
import { createClock } from "./clock.js";

describe("clock", () => {
  it("stands still until advanced, and reports whole seconds", () => {
    const clock = createClock(1_000_500);
    expect(clock.now()).toBe(1_000_500);
    clock.advance(1_600);
    expect(clock.now()).toBe(1_002_100);
    expect(clock.seconds()).toBe(1_002);
  });

  it("refuses to go backwards or by a non-number", () => {
    const clock = createClock(0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });
});
