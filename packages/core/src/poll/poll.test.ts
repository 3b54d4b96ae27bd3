import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIUserAbortError, ValidationError } from "../errors/openai-error.js";
import { request } from "../transport/request.js";
import { poll } from "./poll.js";
import { PollTimeoutError } from "./poll-timeout-error.js";
import type { PollProgress } from "./types.js";

interface Job {
  id: string;
  status: string;
  reads: number;
}

// A job that completes on its `finishOn`-th read; `pollAfter` is sent as openai-poll-after-ms.
let job: Job;
let finishOn = 3;
let pollAfter: string | undefined;
let stallReads = false;
let server: Server;
let client: Client;

beforeAll(async () => {
  server = createServer((req, res) => {
    job.reads++;
    if (stallReads) return; // never answers; only an abort ends the read
    if (job.reads >= finishOn) job.status = "completed";
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (pollAfter !== undefined) headers["openai-poll-after-ms"] = pollAfter;
    res.writeHead(200, headers).end(JSON.stringify(job));
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  client = createClient({
    apiKey: "sk-test",
    baseURL: `http://127.0.0.1:${port}/v1`,
    maxRetries: 0,
    logLevel: "off",
  });
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  job = { id: "job_1", status: "running", reads: 0 };
  finishOn = 3;
  pollAfter = undefined;
  stallReads = false;
});

const read = (options: { signal?: AbortSignal }) =>
  request<Job>(client, { method: "GET", path: "/jobs/job_1" }, options);
const done = (value: Job) => value.status === "completed";

describe("poll", () => {
  it("reads until the value is final and resolves with it", async () => {
    const seen: string[] = [];
    const final = await poll(read, {
      until: done,
      intervalMs: 1,
      onProgress: (value) => seen.push(value.status),
    });
    expect(final).toMatchObject({ status: "completed", reads: 3 });
    expect(seen).toEqual(["running", "running"]);
  });

  it("backs off from intervalMs by half each read, up to maxIntervalMs", async () => {
    finishOn = 6;
    const delays: number[] = [];
    await poll(read, {
      until: done,
      intervalMs: 2,
      maxIntervalMs: 5,
      onProgress: (_, progress) => delays.push(progress.nextDelayMs),
    });
    expect(delays).toEqual([2, 3, 4.5, 5, 5]);
  });

  it("waits what openai-poll-after-ms asks instead of its own backoff", async () => {
    pollAfter = "7";
    const progress: PollProgress[] = [];
    await poll(read, { until: done, intervalMs: 500, onProgress: (_, p) => progress.push(p) });
    expect(progress.map((p) => p.nextDelayMs)).toEqual([7, 7]);
    expect(progress.map((p) => p.attempt)).toEqual([1, 2]);
  });

  it("times out with an error naming what it waited for and the last value read", async () => {
    finishOn = Number.POSITIVE_INFINITY;
    const failure = await poll(read, {
      until: done,
      intervalMs: 5,
      // Long enough for several reads even when one read takes a second on a busy CI machine.
      timeoutMs: 3_000,
      what: "job job_1 to complete",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PollTimeoutError);
    const timeout = failure as PollTimeoutError;
    expect(timeout.message).toBe("Gave up waiting for job job_1 to complete after 3000 ms.");
    expect(timeout.name).toBe("PollTimeoutError");
    expect(timeout.what).toBe("job job_1 to complete");
    expect(timeout.last).toMatchObject({ id: "job_1", status: "running" });
    expect(job.reads).toBeGreaterThan(1);
  });

  it("stops with APIUserAbortError when the signal aborts between reads", async () => {
    finishOn = Number.POSITIVE_INFINITY;
    const controller = new AbortController();
    const failure = poll(read, {
      until: done,
      intervalMs: 60_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(failure).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(failure).rejects.toThrow("Stopped waiting for a final value: aborted.");
    expect(job.reads).toBe(1);
  });

  it("aborts the read in flight", async () => {
    stallReads = true;
    const controller = new AbortController();
    const failure = poll(read, { until: done, signal: controller.signal });
    while (job.reads === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(failure).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("refuses bad options by name before reading", async () => {
    await expect(poll(read, { until: done, intervalMs: -1 })).rejects.toMatchObject({
      constructor: ValidationError,
      path: "intervalMs",
    });
    await expect(
      poll(read, { until: "completed" as unknown as (value: Job) => boolean }),
    ).rejects.toMatchObject({ path: "until" });
    expect(job.reads).toBe(0);
  });
});
