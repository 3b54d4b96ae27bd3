import { afterEach, describe, expect, it } from "vitest";
import { api, readEvents } from "../../test-support/api.js";
import { createEmulator, type NodeEmulator } from "../node/create-node-emulator.js";

let emulator: NodeEmulator;

afterEach(async () => {
  await emulator?.close();
});

/** The emulator served over real HTTP, plus a JSON client pointed at it. */
const served = async () => {
  emulator = createEmulator();
  const { baseURL } = await emulator.listen();
  return { http: api(fetch, baseURL), local: api(emulator.fetch) };
};

const streamRequest = (text: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ model: "m", input: text, stream: true }),
});

/** Reads a body chunk by chunk; resolves to the chunks, or rejects with the read error. */
const chunksOf = async (response: Response): Promise<Uint8Array[]> => {
  const chunks: Uint8Array[] = [];
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
};

describe("status faults", () => {
  it("answer the next matching request with the status, headers and an API error body", async () => {
    const { http } = await served();
    const handle = emulator.fault({
      route: "POST /responses",
      status: 429,
      headers: { "retry-after-ms": "10", "x-should-retry": "true" },
    });
    const failed = await http.post("/responses", { model: "m", input: "x" });
    expect(failed.status).toBe(429);
    expect(failed.headers.get("retry-after-ms")).toBe("10");
    expect(failed.headers.get("x-request-id")).toMatch(/^req_/);
    expect(failed.body.error).toMatchObject({ code: "rate_limit_exceeded", type: "requests" });
    expect((await http.post("/responses", { model: "m", input: "x" })).status).toBe(200);
    expect(handle).toMatchObject({ hits: 1, remaining: 0 });
  });

  it("hit only the route they target, for as many times as asked", async () => {
    const { local } = await served();
    emulator.fault({
      route: "listModels",
      times: 2,
      status: 503,
      body: { error: { message: "busy" } },
    });
    expect((await local.get("/files")).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await local.get("/models")).status);
    expect(statuses).toEqual([503, 503, 200]);
  });
});

describe("connection faults", () => {
  it("reset before headers: fetch rejects with a network error over HTTP and in-process", async () => {
    const { http, local } = await served();
    emulator.fault({ kind: "reset", times: 2 });
    await expect(http.get("/models")).rejects.toThrow(
      expect.objectContaining({ name: "TypeError", message: "fetch failed" }),
    );
    await expect(local.get("/models")).rejects.toThrow(
      expect.objectContaining({ name: "TypeError", message: "fetch failed" }),
    );
    expect((await http.get("/models")).status).toBe(200);
  });

  it("reset mid-body: headers arrive, then reading the body fails after some bytes", async () => {
    const { http, local } = await served();
    emulator.fault({ kind: "reset-mid-body", afterBytes: 40, times: 2 });
    for (const client of [http, local]) {
      const response = await client.raw("/models");
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      let received = 0;
      const failure = await (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return undefined;
          received += value.length;
        }
      })().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TypeError);
      expect(received).toBe(40);
    }
  });
});

describe("stalls", () => {
  it("before headers: a client timeout fires while the emulator stalls", async () => {
    const { http } = await served();
    emulator.fault({ kind: "stall", ms: 30_000 });
    const started = http.raw("/models", { signal: AbortSignal.timeout(50) });
    await expect(started).rejects.toThrow(expect.objectContaining({ name: "TimeoutError" }));
    expect((await http.get("/models")).status).toBe(200);
  });

  it("mid-stream: the client has the first events, then nothing until it gives up", async () => {
    const { local } = await served();
    emulator.fault({ kind: "stall", ms: 30_000, afterEvents: 3 });
    const controller = new AbortController();
    const response = await local.raw("/responses", {
      ...streamRequest("a b c"),
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while ((text.match(/\n\n/g) ?? []).length < 3) text += (await reader.read()).value;
    const pending = reader.read();
    controller.abort();
    await expect(pending).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
    expect((text.match(/\n\n/g) ?? []).length).toBe(3);
  });
});

describe("cut streams", () => {
  it("end cleanly in the middle of an event, so the final event never arrives", async () => {
    const { http } = await served();
    emulator.fault({ kind: "cut-stream", afterEvents: 4 });
    const response = await http.raw("/responses", streamRequest("cut me off"));
    const text = await response.text();
    const blocks = text.split("\n\n");
    expect(blocks).toHaveLength(5);
    expect(blocks.slice(0, 4).every((block) => block.startsWith("event: "))).toBe(true);
    expect(() => JSON.parse(blocks[4]!.split("data: ")[1] ?? "")).toThrow();
    expect(text).not.toContain("response.completed");
  });
});

describe("malformed JSON", () => {
  it("gives a 200 whose body does not parse", async () => {
    const { http } = await served();
    emulator.fault({ kind: "malformed-json", route: "/models" });
    const response = await http.raw("/models");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toBeInstanceOf(SyntaxError);
  });

  it("breaks one event's data in a stream, leaving the others intact", async () => {
    const { local } = await served();
    emulator.fault({ kind: "malformed-json", atEvent: 1 });
    const text = await (await local.raw("/responses", streamRequest("x"))).text();
    const data = text
      .split("\n\n")
      .filter(Boolean)
      .map((block) => block.split("data: ")[1]!);
    const parses = data.map((d) => {
      try {
        JSON.parse(d);
        return true;
      } catch {
        return false;
      }
    });
    expect(parses.indexOf(false)).toBe(1);
    expect(parses.filter((ok) => !ok)).toHaveLength(1);
  });
});

describe("drip", () => {
  it("delivers the same body in many small pieces", async () => {
    const { http, local } = await served();
    const whole = await (await local.raw("/responses", streamRequest("drip drip"))).text();
    emulator.fault({ kind: "drip", chunkSize: 200, intervalMs: 1, times: 2 });
    const inProcess = await chunksOf(await local.raw("/responses", streamRequest("drip drip")));
    expect(inProcess.length).toBeGreaterThan(10);
    expect(inProcess.every((chunk) => chunk.length <= 200)).toBe(true);
    const decoder = new TextDecoder();
    const pieces = inProcess.map((c) => decoder.decode(c, { stream: true })).join("");
    expect(pieces.replace(/resp_\w+|msg_\w+/g, "")).toBe(whole.replace(/resp_\w+|msg_\w+/g, ""));
    const overHttp = await http.raw("/responses", streamRequest("drip drip"));
    const events = await readEvents(overHttp);
    expect(events.at(-1)!.data.type).toBe("response.completed");
  });
});

describe("fault()", () => {
  it("refuses a spec it cannot honour, naming the field", () => {
    emulator = createEmulator();
    expect(() => emulator.fault({ status: 42 })).toThrow(/status/);
    expect(() => emulator.fault({ kind: "reset", times: 0 })).toThrow(/times/);
    expect(() => emulator.fault({ kind: "explode" } as never)).toThrow(/kind/);
  });
});
