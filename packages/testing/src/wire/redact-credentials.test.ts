import { describe, expect, it } from "vitest";
import { createEmulator } from "../emulator/create-emulator.js";

const secret = "s3cr3t-value-that-must-not-be-kept";

describe("emulator.requests", () => {
  it("keeps no credential header verbatim", async () => {
    const emulator = createEmulator();
    const credentialHeaders = [
      "authorization",
      "proxy-authorization",
      "api-key",
      "x-api-key",
      "openai-api-key",
      "x-goog-api-key",
      "cookie",
      "x-auth-token",
      "x-access-token",
      "x-amz-security-token",
      "x-client-secret",
      "x-session-id",
      "x-csrf-token",
      "x-password",
    ];
    const headers = new Headers({ "content-type": "application/json", "x-trace": "kept" });
    for (const name of credentialHeaders) headers.set(name, `${name}=${secret}`);
    headers.set("authorization", `Bearer ${secret}`);
    await emulator.fetch("http://emulator/v1/models", { headers });
    const [recorded] = emulator.requests;
    expect(JSON.stringify(emulator.requests)).not.toContain(secret);
    for (const name of credentialHeaders) expect(recorded!.headers[name], name).toBe("[redacted]");
    expect(recorded!.headers["x-trace"]).toBe("kept");
    expect(recorded!.headers["content-type"]).toBe("application/json");
  });

  it("keeps no credential passed in the query string", async () => {
    const emulator = createEmulator();
    await emulator.fetch(
      `http://emulator/v1/files?limit=2&api_key=${secret}&access_token=${secret}&key=${secret}`,
      { headers: { authorization: "Bearer sk-test" } },
    );
    expect(JSON.stringify(emulator.requests)).not.toContain(secret);
    expect(emulator.requests[0]!.query).toEqual({
      limit: "2",
      api_key: "[redacted]",
      access_token: "[redacted]",
      key: "[redacted]",
    });
  });
});
