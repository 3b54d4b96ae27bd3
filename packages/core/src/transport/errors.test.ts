import { afterEach, beforeEach, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../errors/api-error.js";
import { OpenAIError } from "../errors/openai-error.js";
import { request } from "./request.js";

let server: FaultServer;
let client: Client;
const spec = { method: "GET", path: "/models/gpt" } as const;

const failure = (call: Promise<unknown>) =>
  call.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e,
  );

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({
    apiKey: "sk-test",
    baseURL: `${server.url}/v1`,
    logLevel: "off",
    maxRetries: 0,
  });
});
afterEach(() => server.close());

test.each([
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [422, UnprocessableEntityError],
])(
  "%i with an OpenAI error body becomes %o with code, type, param and requestId, no retry",
  async (status, Class) => {
    server.enqueue({
      type: "respond",
      status,
      headers: { "x-request-id": "req_abc" },
      body: {
        error: {
          message: "Bad model",
          type: "invalid_request_error",
          param: "model",
          code: "model_not_found",
        },
      },
    });
    const error = (await failure(request(client, spec, { maxRetries: 2 }))) as APIError;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error.name).toBe(Class.name);
    expect(error).toMatchObject({
      status,
      message: `${status} Bad model`,
      type: "invalid_request_error",
      param: "model",
      code: "model_not_found",
      requestId: "req_abc",
    });
    expect(error.headers.get("x-request-id")).toBe("req_abc");
    expect(error.body).toEqual({ error: expect.objectContaining({ code: "model_not_found" }) });
    expect(server.requests).toHaveLength(1);
  },
);

test.each([
  [409, ConflictError],
  [429, RateLimitError],
  [500, InternalServerError],
  [503, InternalServerError],
  [418, APIError],
])("%i maps to %o", async (status, Class) => {
  server.enqueue({ type: "respond", status, body: { error: { message: "nope" } } });
  const error = await failure(request(client, spec));
  expect(error).toBeInstanceOf(Class);
  expect((error as Error).name).toBe(Class.name);
});

test("a non-JSON error body is kept as text in the message and body", async () => {
  server.enqueue({ type: "respond", status: 502, body: "<html>Bad gateway</html>" });
  const error = (await failure(request(client, spec))) as APIError;
  expect(error).toBeInstanceOf(InternalServerError);
  expect(error.message).toBe("502 <html>Bad gateway</html>");
  expect(error.body).toBe("<html>Bad gateway</html>");
  expect(error.code).toBeUndefined();
});

test("an empty error body says so in the message", async () => {
  server.enqueue({ type: "respond", status: 404 });
  const error = (await failure(request(client, spec))) as APIError;
  expect(error.message).toBe("404 status code (no body)");
});

test("a malformed JSON body on a 200 is an APIError naming the problem, not a SyntaxError, and not retried", async () => {
  server.enqueue({ type: "malformed-json" });
  const error = (await failure(request(client, spec, { maxRetries: 2 }))) as APIError;
  expect(error).toBeInstanceOf(APIError);
  expect(error).not.toBeInstanceOf(SyntaxError);
  expect(error.status).toBe(200);
  expect(error.message).toMatch(
    /^The 200 response to GET http:.*\/v1\/models\/gpt is not valid JSON/,
  );
  expect(server.requests).toHaveLength(1);
});

test("APIError.toJSON keeps the essentials and leaves out headers and body", async () => {
  server.enqueue({
    type: "respond",
    status: 429,
    headers: { "x-request-id": "req_9" },
    body: { error: { message: "Slow down", type: "rate_limit", code: "rate_limit_exceeded" } },
  });
  const error = await failure(request(client, spec));
  expect(JSON.parse(JSON.stringify(error))).toEqual({
    name: "RateLimitError",
    message: "429 Slow down",
    status: 429,
    type: "rate_limit",
    code: "rate_limit_exceeded",
    requestId: "req_9",
  });
});
