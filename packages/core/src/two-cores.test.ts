import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../test-support/fault-server.js";
import config from "../tsup.config.js";

type Core = typeof import("./index.js");

/**
 * An app that updates one package can end up with two copies of @oaikit/core. These load core's
 * build twice, from two folders, so every class and module-level value exists twice, and check
 * that errors and metadata made by one copy are understood by the other.
 */
let a: Core;
let b: Core;
let folder: string;
let server: FaultServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "oaikit-two-cores-"));
  const first = join(folder, "a");
  await build({
    ...(config as object),
    entry: ["src/index.ts"],
    outDir: first,
    dts: false,
    onSuccess: undefined,
    silent: true,
  });
  cpSync(first, join(folder, "b"), { recursive: true });
  a = await import(pathToFileURL(join(first, "index.js")).href);
  b = await import(pathToFileURL(join(folder, "b", "index.js")).href);
  server = await startFaultServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const clientOf = (core: Core, timeout = 60_000) =>
  core.createClient({
    apiKey: "sk-test",
    baseURL: `${server.url}/v1`,
    logLevel: "off",
    maxRetries: 0,
    timeout,
  });

const failure = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => expect.fail("expected the call to fail"),
    (error: unknown) => error,
  );

describe("two copies of core's build in one app", () => {
  it("are two copies: each has its own classes", () => {
    expect(a.APIError).not.toBe(b.APIError);
    expect(a.getMeta).not.toBe(b.getMeta);
  });

  it("an API error of one copy is an instance of the other copy's classes, and only those", async () => {
    server.enqueue({
      type: "respond",
      status: 404,
      headers: { "x-request-id": "req_404" },
      body: { error: { message: "No such model", type: "invalid_request_error" } },
    });
    const error = await failure(a.request(clientOf(a), { method: "GET", path: "/models/x" }));

    expect(error).toBeInstanceOf(a.NotFoundError);
    expect(error instanceof b.NotFoundError).toBe(true);
    expect(error instanceof b.APIError).toBe(true);
    expect(error instanceof b.OpenAIError).toBe(true);
    expect(b.APIError.isInstance(error)).toBe(true);
    expect(b.NotFoundError.isInstance(error)).toBe(true);

    expect(error instanceof b.RateLimitError).toBe(false);
    expect(error instanceof b.APIConnectionError).toBe(false);
    expect(error instanceof b.ValidationError).toBe(false);
    expect(b.RateLimitError.isInstance(error)).toBe(false);
    if (b.APIError.isInstance(error)) expect(error.requestId).toBe("req_404");
  });

  it("a timeout of one copy is the other's APIConnectionTimeoutError and APIConnectionError", async () => {
    server.enqueue({ type: "stall" });
    const error = await failure(a.request(clientOf(a, 200), { method: "GET", path: "/models/x" }));
    expect(error instanceof b.APIConnectionTimeoutError).toBe(true);
    expect(error instanceof b.APIConnectionError).toBe(true);
    expect(error instanceof b.APIError).toBe(false);
    const connection = new a.APIConnectionError("refused");
    expect(connection instanceof b.APIConnectionTimeoutError).toBe(false);
  });

  it("a client-side check of one copy is the other's ValidationError", () => {
    const error = new a.ValidationError("model", "model: expected a string.");
    expect(b.ValidationError.isInstance(error)).toBe(true);
    expect(error instanceof b.OpenAIError).toBe(true);
    expect(error instanceof b.APIError).toBe(false);
  });

  it("errors that only look alike are not taken for oaikit's", () => {
    const lookalike = Object.assign(new Error("404 not found"), { name: "NotFoundError" });
    class NotFoundError extends Error {}
    for (const value of [lookalike, new NotFoundError("x"), {}, null, undefined, "APIError", 404]) {
      expect(value instanceof b.NotFoundError).toBe(false);
      expect(b.OpenAIError.isInstance(value)).toBe(false);
    }
  });

  it("an app's own subclass is checked as usual, and is an instance of both copies' parents", () => {
    class ModelGoneError extends a.NotFoundError {}
    const mine = new ModelGoneError(404, null, new Headers());
    const plain = new a.NotFoundError(404, null, new Headers());
    expect(mine instanceof ModelGoneError).toBe(true);
    expect(plain instanceof ModelGoneError).toBe(false);
    expect(mine instanceof b.NotFoundError).toBe(true);
    expect(mine instanceof b.APIError).toBe(true);
  });

  it("getMeta of one copy reads the metadata of a result the other copy returned", async () => {
    server.enqueue({
      type: "respond",
      status: 200,
      headers: { "x-request-id": "req_ok", "openai-processing-ms": "12" },
      body: { id: "gpt", object: "model" },
    });
    const result = await a.request<object>(clientOf(a), { method: "GET", path: "/models/gpt" });
    expect(b.getMeta(result)).toMatchObject({ requestId: "req_ok", status: 200, processingMs: 12 });
    expect(a.getMeta(result)).toEqual(b.getMeta(result));
    expect(JSON.stringify(result)).toBe('{"id":"gpt","object":"model"}');
  });
});
