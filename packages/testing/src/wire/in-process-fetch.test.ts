import { describe, expect, it } from "vitest";
import { createEmulator } from "../emulator/create-emulator.js";

const streamInit = (signal: AbortSignal): RequestInit => ({
  method: "POST",
  headers: { authorization: "Bearer k", "content-type": "application/json" },
  body: JSON.stringify({ model: "m", input: "a b c d e f", stream: true }),
  signal,
});

describe("the in-process fetch", () => {
  it("rejects at once with the signal's reason when already aborted", async () => {
    const emulator = createEmulator();
    const reason = new DOMException("stop", "AbortError");
    const request = emulator.fetch("http://x/v1/models", { signal: AbortSignal.abort(reason) });
    await expect(request).rejects.toBe(reason);
    expect(emulator.requests).toHaveLength(0);
  });

  it("errors the body stream when aborted mid-stream", async () => {
    const emulator = createEmulator();
    emulator.fault({ kind: "drip", chunkSize: 32, intervalMs: 5 });
    const controller = new AbortController();
    const response = await emulator.fetch("http://x/v1/responses", streamInit(controller.signal));
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
  });

  it("accepts a Request object as input", async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch(
      new Request("http://x/v1/models", { headers: { authorization: "Bearer k" } }),
    );
    expect(response.status).toBe(200);
  });
});
