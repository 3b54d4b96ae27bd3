import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createClient } from "../client/create-client.js";
import { request } from "./request.js";

const spec = { method: "POST", path: "/responses", body: {} } as const;

test("100,000 calls sharing one long-lived AbortSignal leave the heap flat", {
  timeout: 300_000,
}, async () => {
  // Node 20 keeps a record on the source signal of every AbortSignal.any for good (~57 bytes a
  // call). The calls are answered by a fetch that responds from memory: 100,000 round trips to
  // a server would not fit a test, and what is measured is what core itself retains.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const body = '{"ok":true}';
  const local = createClient({
    apiKey: "sk-test",
    baseURL: "http://127.0.0.1:9/v1",
    logLevel: "off",
    fetch: async () => new Response(body, { headers: { "content-type": "application/json" } }),
  });
  const { signal } = new AbortController();
  const run = async (calls: number) => {
    for (let i = 0; i < calls; i++) await request(local, spec, { signal });
  };
  await run(10_000);
  gc();
  const before = process.memoryUsage().heapUsed;
  await run(100_000);
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // 100,000 x 57 bytes would be 5.7 MB.
  expect(grown).toBeLessThan(2 * 2 ** 20);
  expect(getEventListeners(signal, "abort")).toHaveLength(0);
});
