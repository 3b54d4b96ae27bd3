import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";
import type { ListenOptions } from "./listen.js";

let emulator: NodeEmulator | undefined;
afterEach(() => emulator?.close());

const serve = async (options?: ListenOptions) => {
  emulator = createEmulator();
  return (await emulator.listen(options)).baseURL;
};

const preflight = (url: string, origin: string, requestHeaders = "authorization,content-type") =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": requestHeaders,
    },
  });

const post = (url: string, origin: string) =>
  fetch(url, {
    method: "POST",
    headers: { origin, authorization: "Bearer sk-test", "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-5.1", input: "hi" }),
  });

describe("CORS on the HTTP emulator", () => {
  it("answers a preflight from a loopback page by default, before any auth", async () => {
    const baseURL = await serve();
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080"]) {
      const response = await preflight(`${baseURL}/responses`, origin);
      expect(response.status, origin).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      // Authorization is never covered by a wildcard: it must be named.
      expect(response.headers.get("access-control-allow-headers")).toBe(
        "authorization,content-type",
      );
      expect(response.headers.get("vary")).toMatch(/origin/i);
    }
  });

  it("lets a loopback page read the answer and the headers the client reads", async () => {
    const baseURL = await serve();
    const response = await post(`${baseURL}/responses`, "http://localhost:5173");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const exposed = response.headers.get("access-control-expose-headers")?.split(/,\s*/) ?? [];
    expect(exposed).toEqual(
      expect.arrayContaining([
        "x-request-id",
        "openai-processing-ms",
        "x-ratelimit-limit-requests",
      ]),
    );
    // Errors and faults carry the headers too, or a page sees only "Failed to fetch".
    emulator!.fault({ route: "createResponse", status: 503, headers: { "retry-after-ms": "5" } });
    const faulted = await post(`${baseURL}/responses`, "http://localhost:5173");
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(faulted.headers.get("access-control-expose-headers")).toContain("retry-after-ms");
  });

  it("gives other origins nothing by default", async () => {
    const baseURL = await serve();
    const refused = await preflight(`${baseURL}/responses`, "https://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect((await refused.json()).error.message).toMatch(/https:\/\/evil\.example.*cors/);
    const answer = await post(`${baseURL}/responses`, "https://evil.example");
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("takes a list of origins, any origin, or no CORS at all", async () => {
    let baseURL = await serve({ cors: { origins: ["https://app.example"] } });
    expect((await preflight(`${baseURL}/responses`, "https://app.example")).status).toBe(204);
    expect((await preflight(`${baseURL}/responses`, "http://localhost:5173")).status).toBe(403);
    await emulator!.close();

    baseURL = await serve({ cors: { origins: "*" } });
    const any = await post(`${baseURL}/responses`, "https://anywhere.example");
    expect(any.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
    await emulator!.close();

    baseURL = await serve({ cors: false });
    const off = await preflight(`${baseURL}/responses`, "http://localhost:5173");
    expect(off.headers.get("access-control-allow-origin")).toBeNull();
    expect(off.status).not.toBe(204);
  });

  it("allows a public page to reach the loopback emulator when its origin is listed", async () => {
    const baseURL = await serve({ cors: { origins: ["https://app.example"] } });
    const response = await fetch(`${baseURL}/responses`, {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "GET",
        "access-control-request-private-network": "true",
      },
    });
    expect(response.headers.get("access-control-allow-private-network")).toBe("true");
  });
});
