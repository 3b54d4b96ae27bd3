import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIConnectionError, ValidationError } from "../errors/openai-error.js";
import { request } from "./request.js";

// Mistakes made on this side: each is refused before anything is sent (or at least never
// retried), since no server caused it and a retry cannot fix it.

let server: FaultServer;
let client: Client;
const get = { method: "GET", path: "/models" } as const;

const failure = (call: Promise<unknown>): Promise<any> =>
  call.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e,
  );

beforeEach(async () => {
  server = await startFaultServer({ fallback: { type: "respond", body: { ok: true } } });
  client = createClient({ apiKey: "sk-test", baseURL: server.url, logLevel: "off" });
});
afterEach(() => server.close());

describe("headers", () => {
  const badNames = ["x y", "x:y", "x\u00e9", "", "x(y)"];
  const badValues = ["a\u0001b", "a\u001fb", "a\u007fb", "a\u0000b", "a\rb"];

  test.each(badNames)(
    "per-call header name %j is a ValidationError, nothing sent",
    async (name) => {
      const error = await failure(request(client, get, { headers: { [name]: "1" } }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.path).toBe(`headers.${name.toLowerCase()}`);
      expect(error.message).toMatch(/not a valid header name/);
      expect(server.requests).toHaveLength(0);
    },
  );

  test.each(badValues)(
    "per-call header value %j is a ValidationError, nothing sent",
    async (value) => {
      const error = await failure(request(client, get, { headers: { "x-note": value } }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.path).toBe("headers.x-note");
      expect(server.requests).toHaveLength(0);
    },
  );

  test("a tab and Latin-1 text are valid header values and are sent", async () => {
    await request(client, get, { headers: { "x-note": "a\tb \u00e9" } });
    expect(server.requests[0]!.headers["x-note"]).toBe(
      Buffer.from("a\tb \u00e9", "latin1").toString("latin1"),
    );
  });

  test.each([
    ["name", { "x y": "1" }, "defaultHeaders.x y"],
    ["value", { "x-note": "a\u0001b" }, "defaultHeaders.x-note"],
  ])("a bad default header %s is refused by createClient", (_, defaultHeaders, path) => {
    let error: any;
    try {
      createClient({ apiKey: "sk-test", baseURL: server.url, defaultHeaders });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe(path);
  });

  test("an API key with a control character is refused naming apiKey, not quoting it", async () => {
    const error = await failure(request(client.with({ apiKey: "sk-se\u0001cret" }), get));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("apiKey");
    expect(error.message).not.toContain("se\u0001cret");
    expect(server.requests).toHaveLength(0);
  });
});

describe("baseURL", () => {
  test.each([
    ["not a url", /not an absolute URL/],
    ["api.openai.com/v1", /not an absolute URL/],
    ["ftp://127.0.0.1/v1", /http: or https:/],
    ["file:///tmp/v1", /http: or https:/],
  ])("%j is refused by createClient naming baseURL", (baseURL, message) => {
    expect(() => createClient({ apiKey: "sk-test", baseURL })).toThrow(
      expect.objectContaining({
        name: "ValidationError",
        path: "baseURL",
        message: expect.stringMatching(message),
      }),
    );
  });
});

test("a fetch failure that no server caused is not retried", async () => {
  // Port 1 is on fetch's list of bad ports: fetch refuses it locally, every time.
  let attempts = 0;
  const counting = createClient({
    apiKey: "sk-test",
    baseURL: "http://127.0.0.1:1/v1",
    logLevel: "off",
    fetch: (input, init) => {
      attempts++;
      return fetch(input, init);
    },
  });
  const error = await failure(request(counting, get));
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error.message).toMatch(/bad port/);
  expect(attempts).toBe(1);
});

test.each([
  ["a function", () => 1],
  ["a symbol", Symbol("s")],
])("%s in a query is a ValidationError naming the key, nothing sent", async (_, value) => {
  const error = await failure(request(client, get, { query: { order: { by: value } } }));
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.path).toBe("query.order[by]");
  expect(server.requests).toHaveLength(0);
});
