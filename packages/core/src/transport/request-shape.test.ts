import { afterEach, beforeEach, expect, test } from "vitest";
import { version } from "../../package.json";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";
import { buildMultipart } from "../files/multipart.js";
import { withHooks } from "../hooks/with-hooks.js";
import { request, requestBinary } from "./request.js";

let server: FaultServer;
let client: Client;

beforeEach(async () => {
  server = await startFaultServer({ fallback: { type: "respond", body: { ok: true } } });
  client = createClient({
    apiKey: "sk-test",
    adminApiKey: "sk-admin",
    organization: "org_1",
    project: "proj_1",
    baseURL: `${server.url}/v1/`,
    logLevel: "off",
  });
});
afterEach(() => server.close());

const query = () => new URL(server.requests[0]!.url, server.url).searchParams;

test("a JSON call sends auth, organization, project, content type, accept and user agent headers", async () => {
  await request(client, { method: "POST", path: "/responses", body: { model: "m", input: "hé" } });
  const [sent] = server.requests;
  expect(sent!.method).toBe("POST");
  expect(sent!.url).toBe("/v1/responses");
  expect(sent!.body).toBe('{"model":"m","input":"hé"}');
  expect(sent!.headers).toMatchObject({
    authorization: "Bearer sk-test",
    "openai-organization": "org_1",
    "openai-project": "proj_1",
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": `oaikit/${version}`,
  });
});

test("spec.auth admin sends the admin key", async () => {
  await request(client, { method: "GET", path: "/organization/users", auth: "admin" });
  expect(server.requests[0]!.headers.authorization).toBe("Bearer sk-admin");
});

test("a call without a body sends no content type", async () => {
  await request(client, { method: "GET", path: "/models" });
  expect(server.requests[0]!.headers["content-type"]).toBeUndefined();
});

test("default and per-call headers are added, later wins, null removes, any letter case", async () => {
  const c = client.with({
    defaultHeaders: { "X-Team": "a", "OpenAI-Project": null, "X-Gone": "1" },
  });
  await request(
    c,
    { method: "GET", path: "/models" },
    {
      headers: { "x-team": "b", "X-Gone": null, Accept: "text/plain" },
    },
  );
  const { headers } = server.requests[0]!;
  expect(headers["x-team"]).toBe("b");
  expect(headers["openai-project"]).toBeUndefined();
  expect(headers["x-gone"]).toBeUndefined();
  expect(headers.accept).toBe("text/plain");
  expect(headers["openai-organization"]).toBe("org_1");
});

test("default, spec and per-call query merge; arrays repeat, objects nest, undefined drops", async () => {
  const c = client.with({ defaultQuery: { "api-version": "1", drop: "x" } });
  await request(
    c,
    {
      method: "GET",
      path: "/responses/r1/input_items",
      query: {
        limit: 2,
        include: ["a", "b"],
        metadata: { k: "v", deep: { n: 1 } },
        skip: undefined,
      },
    },
    { query: { limit: 3, drop: undefined } },
  );
  expect(server.requests[0]!.url.split("?")[0]).toBe("/v1/responses/r1/input_items");
  const q = query();
  expect(q.get("api-version")).toBe("1");
  expect(q.get("limit")).toBe("3");
  expect(q.getAll("include")).toEqual(["a", "b"]);
  expect(q.get("metadata[k]")).toBe("v");
  expect(q.get("metadata[deep][n]")).toBe("1");
  expect(q.has("skip")).toBe(false);
  expect(q.has("drop")).toBe(false);
});

test("an sdp body is sent verbatim as application/sdp and a text body as text/plain", async () => {
  await request(client, {
    method: "POST",
    path: "/realtime/calls",
    body: "v=0\r\n",
    bodyType: "sdp",
  });
  await request(client, { method: "POST", path: "/x", body: "plain", bodyType: "text" });
  expect(server.requests[0]).toMatchObject({
    body: "v=0\r\n",
    headers: { "content-type": "application/sdp" },
  });
  expect(server.requests[1]).toMatchObject({
    body: "plain",
    headers: { "content-type": "text/plain" },
  });
});

test("a non-string sdp body is a ValidationError on body, nothing sent", async () => {
  const call = request(client, {
    method: "POST",
    path: "/realtime/calls",
    body: { a: 1 },
    bodyType: "sdp",
  });
  await expect(call).rejects.toMatchObject({ name: "ValidationError", path: "body" });
  expect(server.requests).toHaveLength(0);
});

test("clientRequestId is sent as X-Client-Request-Id, 512 characters allowed", async () => {
  const id = "r".repeat(512);
  await request(client, { method: "GET", path: "/models" }, { clientRequestId: id });
  expect(server.requests[0]!.headers["x-client-request-id"]).toBe(id);
});

test.each([
  ["non-ASCII", "réq-1"],
  ["513 characters", "r".repeat(513)],
  ["a control character", "a\tb"],
  ["empty", ""],
])("clientRequestId that is %s is a ValidationError and nothing is sent", async (_, id) => {
  const error: any = await request(
    client,
    { method: "GET", path: "/models" },
    { clientRequestId: id },
  ).catch((e: any) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.path).toBe("clientRequestId");
  expect(error.message).toMatch(/512 printable ASCII/);
  expect(server.requests).toHaveLength(0);
});

test("an X-Client-Request-Id passed as a raw header is validated too", async () => {
  const call = request(
    client,
    { method: "GET", path: "/models" },
    { headers: { "X-Client-Request-Id": "ü" } },
  );
  await expect(call).rejects.toBeInstanceOf(ValidationError);
  expect(server.requests).toHaveLength(0);
});

test("a header value with a newline is a ValidationError naming the header, nothing sent", async () => {
  const call = request(
    client,
    { method: "GET", path: "/models" },
    { headers: { "X-Note": "a\nb" } },
  );
  await expect(call).rejects.toMatchObject({ path: "headers.x-note" });
  expect(server.requests).toHaveLength(0);
});

test("hooks see every attempt: beforeRequest may replace the request, afterResponse sees each status", async () => {
  const statuses: number[] = [];
  const c = client.with({
    transport: withHooks({
      beforeRequest: (req) => {
        const headers = new Headers(req.headers);
        headers.set("x-hooked", "yes");
        return new Request(req, { headers });
      },
      afterResponse: (res) => {
        statuses.push(res.status);
      },
    }),
  });
  server.enqueue({ type: "respond", status: 500, headers: { "retry-after-ms": "1" } });
  await request(c, { method: "POST", path: "/responses", body: {} });
  expect(statuses).toEqual([500, 200]);
  expect(server.requests.map((r) => r.headers["x-hooked"])).toEqual(["yes", "yes"]);
  expect(server.requests[1]!.body).toBe("{}");
});

test("a beforeRequest hook sees the request's JSON body and headers", async () => {
  const seen: { body: string; type: string | null }[] = [];
  const c = client.with({
    transport: withHooks({
      beforeRequest: async (req) => {
        seen.push({ body: await req.clone().text(), type: req.headers.get("content-type") });
        return undefined;
      },
    }),
  });
  await request(c, { method: "POST", path: "/responses", body: { model: "m" } });
  expect(seen).toEqual([{ body: '{"model":"m"}', type: "application/json" }]);
  expect(server.requests[0]!.body).toBe('{"model":"m"}');
});

test("headers among fetchOptions are sent along with ours, ours winning", async () => {
  const c = client.with({
    fetchOptions: { headers: { "x-extra": "1", authorization: "Bearer other" } },
  });
  await request(c, { method: "POST", path: "/responses", body: {} });
  const { headers, body } = server.requests[0]!;
  expect(headers["x-extra"]).toBe("1");
  expect(headers.authorization).toBe("Bearer sk-test");
  expect(body).toBe("{}");
});

test("a signal among fetchOptions still aborts a call", async () => {
  server.enqueue({ type: "stall" });
  const controller = new AbortController();
  const c = client.with({ fetchOptions: { signal: controller.signal }, maxRetries: 0 });
  const call = request(c, { method: "POST", path: "/responses", body: {} });
  while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
  controller.abort();
  await expect(call).rejects.toMatchObject({ name: "AbortError" });
});

test("headers and a signal among fetchOptions reach hooks too, through the same merge", async () => {
  const seen: (string | null)[] = [];
  const controller = new AbortController();
  const c = client.with({
    fetchOptions: { headers: new Headers({ "X-Extra": "1" }), signal: controller.signal },
    transport: withHooks({
      beforeRequest: (req) => {
        seen.push(req.headers.get("x-extra"), req.headers.get("authorization"));
        return undefined;
      },
    }),
  });
  await request(c, { method: "POST", path: "/responses", body: {} });
  expect(seen).toEqual(["1", "Bearer sk-test"]);
  server.enqueue({ type: "stall" });
  const call = request(c.with({ maxRetries: 0 }), { method: "POST", path: "/responses", body: {} });
  while (server.requests.length === 1) await new Promise((r) => setTimeout(r, 5));
  controller.abort();
  await expect(call).rejects.toMatchObject({ name: "AbortError" });
});

test("a body among fetchOptions, hooks given the old way and a transport that is no function are refused, naming the field", () => {
  expect(() => client.with({ fetchOptions: { body: "x" } })).toThrow(
    expect.objectContaining({ path: "fetchOptions.body" }),
  );
  const hooks = { beforeRequest: () => undefined };
  expect(() => client.with({ hooks } as never)).toThrow(/withHooks.*@oaikit\/core\/hooks/);
  expect(() => client.with({ transport: "ky" as never })).toThrow(
    expect.objectContaining({ path: "transport" }),
  );
  expect(() => withHooks({ afterResponse: "log" as never })).toThrow(
    expect.objectContaining({ path: "hooks.afterResponse" }),
  );
});

// Hook-less calls skip ky (see send-attempt.ts); a no-op hook sends the same call through ky.
test.each([
  ["JSON", { method: "POST", path: "/responses", body: { model: "m", input: "hé" } }],
  ["query", { method: "GET", path: "/models", query: { limit: 2, order: "asc" } }],
  [
    "multipart",
    {
      method: "POST",
      path: "/files",
      body: () => buildMultipart({ purpose: "batch" }),
      bodyType: "multipart",
    },
  ],
  ["sdp", { method: "POST", path: "/realtime/calls", body: "v=0\r\n", bodyType: "sdp" }],
] as const)(
  "a %s call goes out byte for byte the same with or without hooks (fetch direct or through ky)",
  async (_, spec) => {
    const hooked = client.with({ transport: withHooks({ beforeRequest: () => undefined }) });
    const options = { headers: { "x-per-call": "1" }, clientRequestId: "abc" };
    await request(client, spec, options);
    await request(hooked, spec, options);
    const [direct, viaKy] = server.requests.map(({ method, url, headers, body }) => {
      const boundary = /boundary=(.+)$/.exec(headers["content-type"] ?? "")?.[1];
      const strip = (text: string) => (boundary ? text.replaceAll(boundary, "BOUNDARY") : text);
      const { "content-type": type = "", ...rest } = headers;
      const shown: Record<string, unknown> = { ...rest, "content-type": strip(type) };
      return { method, url, headers: shown, body: strip(body) };
    });
    expect(direct!.headers["x-per-call"]).toBe("1");
    expect(viaKy).toEqual(direct);
  },
);

test("fetchOptions reach fetch's init on both paths, with the client's fetch called as a plain function; only hooked calls build a Request first", async () => {
  const seen: { input: string; built: boolean; dispatcher: unknown; self: unknown }[] = [];
  const dispatcher = { name: "sentinel" };
  const fetchSpy = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({
      input: new URL(url).pathname,
      // ky hands fetch the Request it built; the direct path hands over the URL.
      built: input instanceof Request,
      dispatcher: (init as { dispatcher?: unknown })?.dispatcher,
      self: this,
    });
    // A sentinel is no dispatcher: answer here instead of sending.
    return Promise.resolve(Response.json({ object: "list", data: [] }));
  };
  const c = client.with({ fetch: fetchSpy as typeof fetch, fetchOptions: { dispatcher } });
  await request(c, { method: "GET", path: "/models" });
  await request(c.with({ transport: withHooks({ afterResponse: () => undefined }) }), {
    method: "GET",
    path: "/models",
  });
  expect(seen).toEqual([
    { input: "/v1/models", built: false, dispatcher, self: undefined },
    { input: "/v1/models", built: true, dispatcher, self: undefined },
  ]);
});

test("a multipart body given as a FormData, a promise of one or a builder function is sent with fetch's boundary", async () => {
  const form = new FormData();
  form.append("purpose", "batch");
  await request(client, { method: "POST", path: "/files", body: form, bodyType: "multipart" });
  await request(client, {
    method: "POST",
    path: "/files",
    body: Promise.resolve(form),
    bodyType: "multipart",
  });
  await request(client, {
    method: "POST",
    path: "/files",
    body: () => buildMultipart({ purpose: "batch" }),
    bodyType: "multipart",
  });
  expect(server.requests).toHaveLength(3);
  for (const sent of server.requests) {
    expect(sent.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toContain('name="purpose"\r\n\r\nbatch');
  }
});

test("a multipart body that is a plain object is a ValidationError pointing at buildMultipart", async () => {
  const call = request(client, {
    method: "POST",
    path: "/files",
    body: { purpose: "batch" },
    bodyType: "multipart",
  });
  await expect(call).rejects.toMatchObject({
    path: "body",
    message: expect.stringContaining("buildMultipart"),
  });
  expect(server.requests).toHaveLength(0);
});

test("binary downloads accept any type, and a spec can ask for its own", async () => {
  await (await requestBinary(client, { method: "GET", path: "/files/f/content" })).arrayBuffer();
  await request(client, {
    method: "POST",
    path: "/realtime/calls",
    body: "v=0",
    bodyType: "sdp",
    accept: "application/sdp",
  });
  expect(server.requests.map((r) => r.headers.accept)).toEqual(["*/*", "application/sdp"]);
  expect(server.requests[1]!.headers["content-type"]).toBe("application/sdp");
});
