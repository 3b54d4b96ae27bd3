import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  createClient,
  getMeta,
  NotFoundError,
  RateLimitError,
  request,
  requestPage,
  requestStream,
} from "@oaikit/core";
import { describe, expect, it } from "vitest";
import { createEmulator } from "./create-emulator.js";

// The emulator's in-process fetch driving @oaikit/core, as our own packages' tests will use it.
const setup = (options: Parameters<typeof createEmulator>[0] = {}) => {
  const emulator = createEmulator(options);
  const client = createClient({
    apiKey: "sk-test",
    baseURL: "http://emulator.test/v1",
    fetch: emulator.fetch,
    maxRetries: 0,
    logLevel: "off",
  });
  return { emulator, client };
};

describe("@oaikit/core against the in-process emulator", () => {
  it("creates a response and exposes its request id and rate limits through getMeta", async () => {
    const { client } = setup();
    const response = await request<any>(client, {
      method: "POST",
      path: "/responses",
      body: { model: "gpt-5.1", input: "via core" },
    });
    expect(response.output[0].content[0].text).toBe("Echo: via core");
    const meta = getMeta(response);
    expect(meta?.requestId).toMatch(/^req_/);
    expect(meta?.status).toBe(200);
  });

  it("streams response events to the final response.completed", async () => {
    const { client } = setup();
    const events: any[] = [];
    for await (const event of requestStream<any>(client, {
      method: "POST",
      path: "/responses",
      body: { model: "m", input: "streamed via core", stream: true },
    })) {
      events.push(event);
    }
    expect(events[0].type).toBe("response.created");
    expect(events.at(-1).type).toBe("response.completed");
    const text = events.filter((e) => e.type === "response.output_text.delta").map((e) => e.delta);
    expect(text.join("")).toBe("Echo: streamed via core");
  });

  it("walks every page of a cursor list", async () => {
    const { client } = setup();
    const { id } = await request<any>(client, {
      method: "POST",
      path: "/responses",
      body: {
        model: "m",
        input: ["a", "b", "c", "d", "e"].map((content) => ({ role: "user", content })),
      },
    });
    const texts: string[] = [];
    const pages = requestPage<any>(
      client,
      { method: "GET", path: `/responses/${id}/input_items`, query: { limit: 2, order: "asc" } },
      { param: "after", cursor: "last_id", hasMore: "has_more" },
    );
    for await (const item of pages) texts.push(item.content[0].text);
    expect(texts).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("maps 404, 400 and 401 answers to typed errors with the API's fields", async () => {
    const { client } = setup();
    const missing: any = await request(client, {
      method: "GET",
      path: "/responses/resp_nope",
    }).catch((e: any) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.requestId).toMatch(/^req_/);
    const invalid: any = await request(client, {
      method: "POST",
      path: "/responses",
      body: { model: "m", input: 5 },
    }).catch((e: any) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect(invalid.param).toBe("input");
    const rejecting = setup({ auth: "reject" }).client;
    await expect(request(rejecting, { method: "GET", path: "/models" })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it("retries a 429 fault that says when to retry, then succeeds", async () => {
    const { emulator, client } = setup();
    emulator.fault({ route: "listModels", status: 429, headers: { "retry-after-ms": "1" } });
    const models = await request<any>(client.with({ maxRetries: 1 }), {
      method: "GET",
      path: "/models",
    });
    expect(models.object).toBe("list");
    expect(emulator.requests).toHaveLength(2);
    emulator.fault({ route: "listModels", status: 429, headers: { "retry-after-ms": "1" } });
    await expect(request(client, { method: "GET", path: "/models" })).rejects.toBeInstanceOf(
      RateLimitError,
    );
  });

  it("retries a connection reset, and reports one it cannot get past", async () => {
    const { emulator, client } = setup();
    emulator.fault({ kind: "reset" });
    const models = await request<any>(client.with({ maxRetries: 1 }), {
      method: "GET",
      path: "/models",
    });
    expect(models.object).toBe("list");
    emulator.fault({ kind: "reset" });
    await expect(request(client, { method: "GET", path: "/models" })).rejects.toBeInstanceOf(
      APIConnectionError,
    );
  });

  it("times out on a stalled request", async () => {
    const { emulator, client } = setup();
    emulator.fault({ kind: "stall", ms: 30_000 });
    await expect(
      request(client, { method: "GET", path: "/models" }, { timeout: 50 }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });
});
