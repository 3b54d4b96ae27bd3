import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { ValidationError } from "../errors/openai-error.js";
import { request } from "../transport/request.js";
import { createClient } from "./create-client.js";

let server: FaultServer;
const get = { method: "GET", path: "/models" } as const;
const env = [
  "OPENAI_API_KEY",
  "OPENAI_ADMIN_KEY",
  "OPENAI_BASE_URL",
  "OPENAI_ORG_ID",
  "OPENAI_PROJECT_ID",
  "OPENAI_LOG",
];

beforeEach(async () => {
  server = await startFaultServer({ fallback: { type: "respond", body: {} } });
  for (const name of env) vi.stubEnv(name, "");
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

test("defaults: OpenAI base URL, 10-minute timeout, 2 retries, warn level, frozen config", () => {
  const { config } = createClient();
  expect(config).toMatchObject({
    apiKey: undefined,
    baseURL: "https://api.openai.com/v1",
    timeout: 600_000,
    maxRetries: 2,
    logLevel: "warn",
    logger: console,
    dangerouslyAllowBrowser: false,
  });
  expect(Object.isFrozen(config)).toBe(true);
});

test("options fall back to OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_LOG", async () => {
  vi.stubEnv("OPENAI_API_KEY", "sk-env");
  vi.stubEnv("OPENAI_BASE_URL", `${server.url}/v9`);
  vi.stubEnv("OPENAI_ORG_ID", "org_env");
  vi.stubEnv("OPENAI_PROJECT_ID", "proj_env");
  vi.stubEnv("OPENAI_LOG", "debug");
  const client = createClient({ logger: { error() {}, warn() {}, info() {}, debug() {} } });
  expect(client.config.logLevel).toBe("debug");
  await request(client, get);
  expect(server.requests[0]).toMatchObject({
    url: "/v9/models",
    headers: {
      authorization: "Bearer sk-env",
      "openai-organization": "org_env",
      "openai-project": "proj_env",
    },
  });
});

test("OPENAI_ADMIN_KEY is used for admin calls, and the API key when it is unset", async () => {
  const base = { baseURL: server.url, apiKey: "sk-plain" };
  await request(createClient(base), { ...get, auth: "admin" });
  vi.stubEnv("OPENAI_ADMIN_KEY", "sk-admin-env");
  await request(createClient(base), { ...get, auth: "admin" });
  expect(server.requests.map((r) => r.headers.authorization)).toEqual([
    "Bearer sk-plain",
    "Bearer sk-admin-env",
  ]);
});

test("explicit options win over the environment, and null organization opts out of OPENAI_ORG_ID", () => {
  vi.stubEnv("OPENAI_API_KEY", "sk-env");
  vi.stubEnv("OPENAI_ORG_ID", "org_env");
  const { config } = createClient({
    apiKey: "sk-opt",
    organization: null,
    baseURL: "http://h/v1///",
  });
  expect(config).toMatchObject({
    apiKey: "sk-opt",
    organization: undefined,
    baseURL: "http://h/v1",
  });
});

test("an unknown OPENAI_LOG value falls back to warn", () => {
  vi.stubEnv("OPENAI_LOG", "loud");
  expect(createClient().config.logLevel).toBe("warn");
});

test("createClient works where there is no process at all", () => {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, "process")!;
  Object.defineProperty(globalThis, "process", { value: undefined, configurable: true });
  try {
    const { config } = createClient();
    expect(config.apiKey).toBeUndefined();
    expect(config.baseURL).toBe("https://api.openai.com/v1");
  } finally {
    Object.defineProperty(globalThis, "process", descriptor);
  }
});

test("a missing key is reported by the first request, naming apiKey and OPENAI_API_KEY, with nothing sent", async () => {
  const client = createClient({ baseURL: server.url });
  const error: any = await request(client, get).catch((e: any) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.path).toBe("apiKey");
  expect(error.message).toBe(
    "Missing API key: pass `apiKey` to createClient() or set the OPENAI_API_KEY environment variable.",
  );
  expect(server.requests).toHaveLength(0);
});

test("client.with lays overrides over the original options and leaves the original untouched", async () => {
  const base = createClient({
    apiKey: "sk-a",
    baseURL: server.url,
    maxRetries: 1,
    defaultHeaders: { "x-a": "1" },
  });
  const derived = base.with({ apiKey: "sk-b", timeout: 5000 });
  expect(derived.config).toMatchObject({
    apiKey: "sk-b",
    adminApiKey: "sk-b",
    timeout: 5000,
    maxRetries: 1,
  });
  expect(base.config).toMatchObject({ apiKey: "sk-a", timeout: 600_000 });
  await request(derived, get);
  expect(server.requests[0]!.headers).toMatchObject({ authorization: "Bearer sk-b", "x-a": "1" });
  expect(Object.isFrozen(derived)).toBe(true);
});

test.each([
  ["timeout", { timeout: 0 }],
  ["timeout", { timeout: 2 ** 31 }],
  ["maxRetries", { maxRetries: 1.5 }],
])("an invalid %s is a ValidationError naming the field", (field, options) => {
  expect(() => createClient(options)).toThrow(expect.objectContaining({ path: field }));
});

test.describe("in a browser-like runtime", () => {
  beforeEach(() => {
    Object.assign(globalThis, { window: {}, document: {} });
    return () => {
      delete (globalThis as { window?: unknown }).window;
      delete (globalThis as { document?: unknown }).document;
    };
  });

  test("requests are refused without dangerouslyAllowBrowser, nothing sent", async () => {
    const error: any = await request(
      createClient({ apiKey: "sk", baseURL: server.url }),
      get,
    ).catch((e: any) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("dangerouslyAllowBrowser");
    expect(error.message).toMatch(/browser.*dangerouslyAllowBrowser: true/);
    expect(server.requests).toHaveLength(0);
  });

  test("dangerouslyAllowBrowser lets requests through, without our User-Agent", async () => {
    const client = createClient({
      apiKey: "sk",
      baseURL: server.url,
      dangerouslyAllowBrowser: true,
    });
    await request(client, get);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["user-agent"] ?? "").not.toMatch(/oaikit/);
  });
});
