import { expect, test } from "vitest";
import { parseDuration } from "./parse-duration.js";

test.each([
  ["6m0s", 360_000],
  ["1s", 1000],
  ["120ms", 120],
  ["2h3m4.5s", 7_384_500],
  ["0.5s", 500],
  ["1m30ms", 60_030],
])("parseDuration(%s) is %i ms", (value, ms) => {
  expect(parseDuration(value)).toBe(ms);
});

test.each([null, "", "abc", "5", "1x", "s", "1s junk"])(
  "parseDuration(%o) is undefined",
  (value) => {
    expect(parseDuration(value)).toBeUndefined();
  },
);
