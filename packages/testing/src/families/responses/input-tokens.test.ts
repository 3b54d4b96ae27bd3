import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("/v1/responses input tokens, compaction and beta routes", () => {
  it("counts input tokens at about four characters a token, tools included", async () => {
    const client = api(createEmulator().fetch);
    const input = "x".repeat(400);
    const plain = (await client.post("/responses/input_tokens", { model: "m", input })).body;
    expect(plain.object).toBe("response.input_tokens");
    expect(plain.input_tokens).toBeGreaterThanOrEqual(100);
    expect(plain.input_tokens).toBeLessThanOrEqual(101);
    const tools = [{ type: "function", name: "f", strict: false, parameters: {} }];
    const withTools = (await client.post("/responses/input_tokens", { model: "m", input, tools }))
      .body;
    expect(withTools.input_tokens).toBeGreaterThan(plain.input_tokens);
  });

  it("compacts a conversation to its user messages and one compaction item", async () => {
    const client = api(createEmulator().fetch);
    const first = (await client.post("/responses", { model: "m", input: "Remember blue." })).body;
    const { body } = await client.post("/responses/compact", {
      model: "gpt-5.1",
      previous_response_id: first.id,
    });
    expect(body.object).toBe("response.compaction");
    expect(body.output.map((item: any) => item.type)).toEqual(["message", "compaction"]);
    expect(atob(body.output[1].encrypted_content)).toContain("Echo: Remember blue.");
  });

  it("routes ?beta=true to the beta operation, with the same behaviour", async () => {
    const emulator = createEmulator();
    const client = api(emulator.fetch);
    const created = (await client.post("/responses?beta=true", { model: "m", input: "hi" })).body;
    expect(created.output[0].content[0].text).toBe("Echo: hi");
    await client.get(`/responses/${created.id}`);
    expect(emulator.requests.map((r) => r.operationId)).toEqual([
      "beta_createResponse",
      "getResponse",
    ]);
  });
});
