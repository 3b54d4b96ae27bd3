import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";
import { request } from "./request.js";

// A JSON body that JSON.stringify would change without a word (a Map sent as {}, NaN as null)
// or refuse with a TypeError naming no field is refused before sending, naming the field.

let server: FaultServer;
let client: Client;

beforeEach(async () => {
  server = await startFaultServer({ fallback: { type: "respond", body: { ok: true } } });
  client = createClient({ apiKey: "sk-test", baseURL: server.url, logLevel: "off" });
});
afterEach(() => server.close());

const send = (body: unknown) => request(client, { method: "POST", path: "/responses", body });

const circular: Record<string, unknown> = { model: "m" };
circular.self = { back: circular };

test.each([
  ["a Blob", { input: [{ file: new Blob(["x"]) }] }, "input[0].file", /Blob/],
  ["a Map", { metadata: new Map([["a", "1"]]) }, "metadata", /Map/],
  ["a Set", { include: new Set(["a"]) }, "include", /Set/],
  ["a typed array", { embedding: new Float32Array([1, 2]) }, "embedding", /Float32Array/],
  ["NaN", { temperature: Number.NaN }, "temperature", /NaN/],
  ["Infinity", { input: [1, Number.POSITIVE_INFINITY] }, "input[1]", /Infinity/],
  ["a BigInt", { max_output_tokens: 10n }, "max_output_tokens", /bigint/],
  ["a symbol", { user: Symbol("u") }, "user", /symbol/],
  ["a function", { tools: [{ run: () => 1 }] }, "tools[0].run", /function/],
  ["a body that is a Map", new Map(), "body", /Map/],
])("%s is a ValidationError naming the field, nothing sent", async (_, body, path, what) => {
  const error: any = await send(body).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.path).toBe(path);
  expect(error.message).toMatch(what);
  expect(server.requests).toHaveLength(0);
});

test("a circular body is a ValidationError, nothing sent", async () => {
  const error: any = await send(circular).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.path).toBe("body");
  expect(error.message).toMatch(/circular/);
  expect(server.requests).toHaveLength(0);
});

test("dates, nulls, undefined fields, objects without a prototype and class instances with fields are sent as JSON has them", async () => {
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }
  const bare = Object.assign(Object.create(null), { a: 1 });
  const shared = { k: "v" };
  await send({
    at: new Date(0),
    none: null,
    gone: undefined,
    bare,
    point: new Point(1, 2),
    twice: [shared, shared],
    empty: {},
  });
  expect(JSON.parse(server.requests[0]!.body)).toEqual({
    at: "1970-01-01T00:00:00.000Z",
    none: null,
    bare: { a: 1 },
    point: { x: 1, y: 2 },
    twice: [{ k: "v" }, { k: "v" }],
    empty: {},
  });
});
