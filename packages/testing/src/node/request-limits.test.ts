import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

// What keeps the emulator's memory bounded under hostile or careless clients.

let emulator: NodeEmulator | undefined;
afterEach(() => emulator?.close());

const MiB = 2 ** 20;

/** A body of `total` bytes sent in 256 KB chunks, with no length announced. */
const chunked = (total: number) => {
  const chunk = new Uint8Array(256 * 1024).fill(0x78);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body };
};

const post = (url: string, key: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${url}/files`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe("auth is checked before the body is read", () => {
  it("answers 401 to an unknown key with its body drained unread, and records no body", async () => {
    emulator = createEmulator({ auth: ["sk-good"] });
    const { baseURL } = await emulator.listen();
    const response = await post(baseURL, "sk-bad", chunked(8 * MiB).body);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("invalid_api_key");
    expect(emulator.requests.at(-1)).toMatchObject({ path: "/v1/files", body: undefined });
  });

  it("keeps the connection usable for the next request", async () => {
    emulator = createEmulator({ auth: ["sk-good"] });
    const { baseURL } = await emulator.listen();
    const denied = await post(baseURL, "sk-bad", JSON.stringify({ pad: "x".repeat(MiB) }));
    expect(denied.status).toBe(401);
    const models = await fetch(`${baseURL}/models`, {
      headers: { authorization: "Bearer sk-good" },
    });
    expect(models.status).toBe(200);
  });
});

describe("maxBodyBytes", () => {
  it("answers 413 to a body announcing more than the limit, without reading it", async () => {
    emulator = createEmulator({ maxBodyBytes: MiB });
    const { baseURL } = await emulator.listen();
    const response = await post(baseURL, "sk-test", JSON.stringify({ pad: "x".repeat(2 * MiB) }));
    expect(response.status).toBe(413);
    const { error } = await response.json();
    expect(error.message).toMatch(/1048576 bytes/);
    expect(emulator.requests.at(-1)?.body).toBeUndefined();
  });

  it("answers 413 to a streamed body past the limit, drained unread", async () => {
    emulator = createEmulator({ maxBodyBytes: MiB });
    const { baseURL } = await emulator.listen();
    const { body } = chunked(8 * MiB);
    const response = await post(baseURL, "sk-test", body);
    expect(response.status).toBe(413);
    expect(emulator.requests.at(-1)?.body).toBeUndefined();
  });

  it("reads a body at the limit", async () => {
    emulator = createEmulator({ maxBodyBytes: 4096 });
    const body = JSON.stringify({ model: "text-embedding-3-small", input: "x".repeat(4000) });
    const response = await emulator.fetch("http://emulator.invalid/v1/embeddings", {
      method: "POST",
      headers: { authorization: "Bearer sk-test", "content-type": "application/json" },
      body: body.padEnd(4096, " "),
    });
    expect(response.status).toBe(200);
  });

  it.each([0, -1, 1.5, "1"])("createEmulator refuses maxBodyBytes %j", (value) => {
    expect(() => createEmulator({ maxBodyBytes: value as number })).toThrow(/maxBodyBytes/);
  });
});

describe("the request log", () => {
  it("keeps the last requestLog requests, oldest dropped first", async () => {
    emulator = createEmulator({ requestLog: 3 });
    for (let i = 0; i < 5; i++) {
      await emulator.fetch(`http://emulator.invalid/v1/models?i=${i}`, {
        headers: { authorization: "Bearer sk-test" },
      });
    }
    expect(emulator.requests.map((r) => r.query.i)).toEqual(["2", "3", "4"]);
  });

  it("keeps 1,000 by default", async () => {
    emulator = createEmulator();
    for (let i = 0; i < 1005; i++) {
      await emulator.fetch("http://emulator.invalid/v1/nowhere", {
        headers: { authorization: "Bearer sk-test" },
      });
    }
    expect(emulator.requests).toHaveLength(1000);
  });

  it.each([-1, 1.5])("createEmulator refuses requestLog %j", (value) => {
    expect(() => createEmulator({ requestLog: value })).toThrow(/requestLog/);
  });
});

it.each(["/v1/files/%", "/v1/files/%E0%A4%A", "/v1/files/%zz"])(
  "a malformed escape in %s is a 400, like the API",
  async (path) => {
    emulator = createEmulator();
    const { url } = await emulator.listen();
    const response = await fetch(`${url}${path}`, { headers: { authorization: "Bearer sk-test" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.type).toBe("invalid_request_error");
  },
);
