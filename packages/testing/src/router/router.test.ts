import { describe, expect, it } from "vitest";
import { api } from "../../test-support/api.js";
import { createEmulator } from "../emulator/create-emulator.js";
import { operationTable } from "../generated/operation-table.js";
import { packageSchema, paramsSchema } from "../schemas/operation-schemas.js";
import { operationHandlers } from "./operation-handlers.js";

const COMMON_HEADERS = [
  "x-request-id",
  "openai-processing-ms",
  "x-ratelimit-limit-requests",
  "x-ratelimit-remaining-requests",
  "x-ratelimit-reset-requests",
  "x-ratelimit-limit-tokens",
  "x-ratelimit-remaining-tokens",
  "x-ratelimit-reset-tokens",
];

describe("the operation table", () => {
  it("has a handler for every operation and an operation for every handler", () => {
    const ids = operationTable.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const names: string[] = operationTable.map((op) => op.function);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !(name in operationHandlers))).toEqual([]);
    expect(Object.keys(operationHandlers).filter((name) => !names.includes(name))).toEqual([]);
  });

  it("finds every operation's generated params and response schemas", () => {
    const missing = operationTable.flatMap((op) => [
      ...(paramsSchema(op, false) ? [] : [`${op.operationId} params`]),
      ...(op.stream && !paramsSchema(op, true) ? [`${op.operationId} stream params`] : []),
      ...(op.responseSchemas ?? [])
        .filter((name) => !packageSchema(op, name))
        .map((name) => `${op.operationId} ${name}`),
    ]);
    expect(missing).toEqual([]);
  });
});

describe("every response", () => {
  it("carries request id, rate limit and processing headers, errors included", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const answers = [
      await client.get("/models"),
      await client.get("/nowhere"),
      await client.post("/responses", { input: 5 }),
      await api(emulator.fetch, undefined, "").get("/models"),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 400, 401]);
    for (const answer of answers) {
      for (const name of COMMON_HEADERS) expect(answer.headers.get(name), name).toBeTruthy();
    }
    const ids = answers.map((a) => a.headers.get("x-request-id"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it("counts remaining requests down within the rate limit window", async () => {
    const emulator = createEmulator({ rateLimits: { requests: 50 } });
    const client = api(emulator.fetch);
    const first = await client.get("/models");
    const second = await client.get("/models");
    expect(first.headers.get("x-ratelimit-limit-requests")).toBe("50");
    expect(Number(first.headers.get("x-ratelimit-remaining-requests"))).toBe(49);
    expect(Number(second.headers.get("x-ratelimit-remaining-requests"))).toBe(48);
    emulator.advance(60_000);
    const third = await client.get("/models");
    expect(Number(third.headers.get("x-ratelimit-remaining-requests"))).toBe(49);
  });
});

describe("routing", () => {
  it("answers an unknown route with 404 Invalid URL", async () => {
    const client = api(createEmulator().fetch);
    const { status, body } = await client.post("/not/a/route", {});
    expect(status).toBe(404);
    expect(body.error).toEqual({
      message: "Invalid URL (POST /v1/not/a/route)",
      type: "invalid_request_error",
      param: null,
      code: null,
    });
  });

  it("answers a known path with the wrong method with 404", async () => {
    const client = api(createEmulator().fetch);
    expect((await client.delete("/models")).status).toBe(404);
  });

  it("requires the /v1 prefix", async () => {
    const client = api(createEmulator().fetch, "http://emulator.test");
    expect((await client.get("/models")).status).toBe(404);
  });

  it("answers a body that is not JSON with a 400", async () => {
    const client = api(createEmulator().fetch);
    const response = await client.raw("/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.type).toBe("invalid_request_error");
  });
});

describe("authentication", () => {
  it("answers a request without a key with 401", async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch("http://emulator.test/v1/models");
    expect(response.status).toBe(401);
    expect((await response.json()).error.type).toBe("invalid_request_error");
  });

  it("accepts any Bearer key by default", async () => {
    const client = api(createEmulator().fetch, undefined, "anything-goes");
    expect((await client.get("/models")).status).toBe(200);
  });

  it("rejects every key in reject mode without echoing the key", async () => {
    const key = "sk-secret-value-123";
    const client = api(createEmulator({ auth: "reject" }).fetch, undefined, key);
    const { status, body } = await client.get("/models");
    expect(status).toBe(401);
    expect(body.error).toMatchObject({
      code: "invalid_api_key",
      type: "invalid_request_error",
      param: null,
    });
    expect(JSON.stringify(body)).not.toContain(key);
  });

  it("accepts only listed keys when given a list", async () => {
    const emulator = createEmulator({ auth: ["sk-good"] });
    expect((await api(emulator.fetch, undefined, "sk-good").get("/models")).status).toBe(200);
    expect((await api(emulator.fetch, undefined, "sk-bad").get("/models")).status).toBe(401);
  });
});

describe("recorded requests", () => {
  it("keep method, path, query and body, with the key redacted", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch, undefined, "sk-very-secret");
    await client.post("/responses", { model: "m", input: "hello" });
    await client.get("/files?limit=5");
    expect(emulator.requests).toHaveLength(2);
    expect(emulator.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/responses",
      operationId: "createResponse",
      body: { model: "m", input: "hello" },
    });
    expect(emulator.requests[1]).toMatchObject({ query: { limit: "5" }, operationId: "listFiles" });
    expect(JSON.stringify(emulator.requests)).not.toContain("sk-very-secret");
  });

  it("are forgotten by reset, with every object", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const { body } = await client.post("/responses", { model: "m", input: "x" });
    emulator.reset();
    expect(emulator.requests).toHaveLength(0);
    expect((await client.get(`/responses/${body.id}`)).status).toBe(404);
  });
});

describe("ids", () => {
  it("are the same for the same seed and request order, and differ across seeds", async () => {
    const run = async (seed: number) => {
      const client = api(createEmulator({ seed }).fetch);
      return (await client.post("/responses", { model: "m", input: "x" })).body.id;
    };
    expect(await run(7)).toBe(await run(7));
    expect(await run(7)).not.toBe(await run(8));
  });
});

describe("close", () => {
  it("makes later requests fail like a refused connection", async () => {
    const emulator = createEmulator();
    await emulator.close();
    await expect(api(emulator.fetch).get("/models")).rejects.toThrow(
      expect.objectContaining({ name: "TypeError", message: "fetch failed" }),
    );
  });
});
