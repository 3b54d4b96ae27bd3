import { createClient, ValidationError } from "@oaikit/core";
import { describe, expect, it } from "vitest";
import { connectRealtime } from "../connection/connect-realtime.js";

// Port 9 (discard) on loopback: nothing answers, and nothing should be tried.
const client = createClient({ apiKey: "sk-never-used", baseURL: "http://127.0.0.1:9/v1" });

describe("clientSecret", () => {
  it("must be a function, said before anything is opened", async () => {
    const error = await connectRealtime(client, {
      model: "gpt-realtime",
      clientSecret: "ek_a_string" as never,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("clientSecret");
    expect(String(error)).not.toContain("ek_a_string");
  });

  it("must resolve to a non-empty key", async () => {
    const error = await connectRealtime(client, {
      model: "gpt-realtime",
      clientSecret: async () => "",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toBe("clientSecret");
  });
});
