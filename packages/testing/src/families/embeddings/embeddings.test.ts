import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));

describe("POST /v1/embeddings", () => {
  it("returns one unit vector per input, 1536 wide by default", async () => {
    const client = api(createEmulator().fetch);
    const { body } = await client.post("/embeddings", {
      model: "text-embedding-3-small",
      input: ["alpha", "beta"],
    });
    expect(body.object).toBe("list");
    expect(body.data.map((d: any) => d.index)).toEqual([0, 1]);
    for (const item of body.data) {
      expect(item.embedding).toHaveLength(1536);
      expect(norm(item.embedding)).toBeCloseTo(1, 5);
    }
    expect(body.data[0].embedding).not.toEqual(body.data[1].embedding);
    expect(body.usage.prompt_tokens).toBe(body.usage.total_tokens);
  });

  it("gives the same vector for the same text, in any emulator", async () => {
    const one = await api(createEmulator().fetch).post("/embeddings", {
      model: "m",
      input: "same",
    });
    const two = await api(createEmulator({ seed: 9 }).fetch).post("/embeddings", {
      model: "m",
      input: "same",
    });
    expect(one.body.data[0].embedding).toEqual(two.body.data[0].embedding);
  });

  it("honours dimensions and is 3072 wide for text-embedding-3-large", async () => {
    const client = api(createEmulator().fetch);
    const small = await client.post("/embeddings", { model: "m", input: "x", dimensions: 8 });
    expect(small.body.data[0].embedding).toHaveLength(8);
    const large = await client.post("/embeddings", { model: "text-embedding-3-large", input: "x" });
    expect(large.body.data[0].embedding).toHaveLength(3072);
  });

  it("encodes base64 as little-endian float32 of the same vector", async () => {
    const client = api(createEmulator().fetch);
    const floats = await client.post("/embeddings", { model: "m", input: "x", dimensions: 4 });
    const encoded = await client.post("/embeddings", {
      model: "m",
      input: "x",
      dimensions: 4,
      encoding_format: "base64",
    });
    const bytes = Uint8Array.from(atob(encoded.body.data[0].embedding), (c) => c.charCodeAt(0));
    expect([...new Float32Array(bytes.buffer)]).toEqual(floats.body.data[0].embedding);
  });

  it("rejects empty input and a missing input naming 'input'", async () => {
    const client = api(createEmulator().fetch);
    expect((await client.post("/embeddings", { model: "m", input: "" })).body.error.param).toBe(
      "input",
    );
    const missing = await client.post("/embeddings", { model: "m" });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      param: "input",
      code: "missing_required_parameter",
    });
  });
});
