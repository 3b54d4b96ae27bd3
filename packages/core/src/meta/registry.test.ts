import { expect, test } from "vitest";
import { getMeta, setMeta } from "./registry.js";
import type { ResponseMeta } from "./types.js";

const meta = { status: 200, requestId: "req_1" } as ResponseMeta;

test("setMeta attaches meta retrievable by getMeta without changing the object's JSON", () => {
  const body = { id: "x" };
  expect(setMeta(body, meta)).toBe(body);
  expect(getMeta(body)).toBe(meta);
  expect(JSON.stringify(body)).toBe('{"id":"x"}');
});

test("getMeta of an object never registered is undefined", () => {
  expect(getMeta({})).toBeUndefined();
});
