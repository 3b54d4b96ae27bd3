import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";
import { requestStream } from "../stream/request-stream.js";
import { request } from "./request.js";

let server: FaultServer;
let client: Client;
const spec = { method: "POST", path: "/responses", body: {} } as const;

beforeEach(async () => {
  server = await startFaultServer();
  client = createClient({ apiKey: "sk-test", baseURL: server.url, logLevel: "off" });
});
afterEach(() => server.close());

/** A server that holds every request until `release()`, counting how many it holds at once. */
const holding = () => {
  let held: (() => void)[] = [];
  let peak = 0;
  const hold = {
    type: "custom",
    handle: (_req: unknown, res: import("node:http").ServerResponse) => {
      held.push(() => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
      peak = Math.max(peak, held.length);
    },
  } as const;
  return {
    hold,
    held: () => held.length,
    peak: () => peak,
    release: () => {
      for (const send of held) send();
      held = [];
    },
  };
};

const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((r) => setTimeout(r, 10));
};

describe("maxConcurrency", () => {
  test("no more than maxConcurrency calls are in flight; the rest wait their turn", async () => {
    const server2 = holding();
    server.enqueue(...Array(10).fill(server2.hold));
    const capped = client.with({ maxConcurrency: 3 });
    const calls = Array.from({ length: 10 }, () => request(capped, spec));
    while (server.requests.length < 10) {
      await until(() => server2.held() === 3 || server.requests.length === 10);
      expect(server2.held()).toBeLessThanOrEqual(3);
      server2.release();
    }
    server2.release();
    await Promise.all(calls);
    expect(server.requests).toHaveLength(10);
    expect(server2.peak()).toBe(3);
  });

  test("a stream holds its slot until it ends", async () => {
    server.enqueue(
      { type: "sse", chunks: ["data: 1\n\n"], end: "hang" },
      { type: "respond", body: { ok: true } },
    );
    const capped = client.with({ maxConcurrency: 1 });
    const stream = requestStream<number>(capped, { ...spec, body: { stream: true } });
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: 1 });
    const second = request(capped, spec);
    // The second call cannot start while the stream is open.
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests).toHaveLength(1);
    await iterator.return?.();
    await expect(second).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  test("a call waiting for a slot is aborted by its signal, leaving no listener", async () => {
    const server2 = holding();
    server.enqueue(server2.hold);
    const capped = client.with({ maxConcurrency: 1 });
    const first = request(capped, spec);
    await until(() => server2.held() === 1);
    const controller = new AbortController();
    const waiting = request(capped, spec, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "APIUserAbortError" });
    server2.release();
    await first;
    expect(server.requests).toHaveLength(1);
  });

  test.each([0, -1, 1.5])("maxConcurrency %s is a ValidationError", (value) => {
    expect(() => createClient({ maxConcurrency: value })).toThrow(ValidationError);
  });
});

// Lowers this worker's own open-file limit with prlimit (Linux), so a burst of connections runs
// out of descriptors the way a process at `ulimit -n 1024` does with 10,000 parallel calls.
const prlimit = ["/usr/bin/prlimit", "/bin/prlimit"].find(existsSync);
describe.skipIf(!prlimit || !existsSync("/proc/self/fd"))("running out of file descriptors", () => {
  const setLimit = (soft: number | string) =>
    execFileSync(prlimit!, [`--pid=${process.pid}`, `--nofile=${soft}:`]);
  const original = () =>
    execFileSync(prlimit!, [`--pid=${process.pid}`, "--nofile", "--output=SOFT", "--noheadings"])
      .toString()
      .trim();

  test("EMFILE is reported as too many open connections, naming maxConcurrency", {
    timeout: 120_000,
  }, async () => {
    const before = original();
    const calls = 400;
    // A per-call timeout turns a connection the starved server never accepts into a failure.
    const local = client.with({ maxRetries: 0, timeout: 20_000 });
    server.enqueue(...Array(2 * calls).fill({ type: "respond", body: { ok: true } }));
    // Room for what is open now plus a few connections, far fewer than the calls.
    const squeeze = () => setLimit(readdirSync("/proc/self/fd").length + 40);
    squeeze();
    try {
      // With a cap the burst fits.
      const capped = local.with({ maxConcurrency: 8 });
      await Promise.all(Array.from({ length: calls }, () => request(capped, spec)));
    } finally {
      setLimit(before);
    }
    squeeze();
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await Promise.allSettled(Array.from({ length: calls }, () => request(local, spec)));
    } finally {
      setLimit(before);
    }
    const messages = results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => (r.reason as Error).message);
    const emfile = messages.filter((m) => m.includes("EMFILE"));
    expect(emfile.length).toBeGreaterThan(0);
    for (const message of emfile) {
      expect(message).toMatch(/too many open connections \(EMFILE\).*maxConcurrency/);
    }
  });
});
