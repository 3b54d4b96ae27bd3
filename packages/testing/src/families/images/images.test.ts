import { describe, expect, it } from "vitest";
import { api, readEvents } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";
import { base64ToBytes } from "../../media/base64.js";

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

describe("/v1/images", () => {
  it("generates n base64 PNGs with usage for GPT image models, differing by prompt", async () => {
    const client = api(createEmulator().fetch);
    const fox = (
      await client.post("/images/generations", { model: "gpt-image-1", prompt: "fox", n: 2 })
    ).body;
    expect(fox.data).toHaveLength(2);
    expect(fox.usage.output_tokens).toBeGreaterThan(0);
    const bytes = base64ToBytes(fox.data[0].b64_json);
    expect(Array.from(bytes.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    const owl = (await client.post("/images/generations", { model: "gpt-image-1", prompt: "owl" }))
      .body;
    expect(owl.data[0].b64_json).not.toBe(fox.data[0].b64_json);
  });

  it("answers DALL·E requests with data URLs a fetch can read", async () => {
    const client = api(createEmulator().fetch);
    const { body } = await client.post("/images/generations", { model: "dall-e-3", prompt: "sun" });
    expect(body.data[0].url).toMatch(/^data:image\/png;base64,/);
    const image = await fetch(body.data[0].url);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(body.data[0].revised_prompt).toBe("sun");
  });

  it("streams partial images, then the completed one", async () => {
    const client = api(createEmulator().fetch);
    const response = await client.raw("/images/generations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-image-1", prompt: "x", stream: true, partial_images: 2 }),
    });
    const events = await readEvents(response);
    expect(events.map((e) => e.event)).toEqual([
      "image_generation.partial_image",
      "image_generation.partial_image",
      "image_generation.completed",
    ]);
    expect(events[2]!.data.usage.total_tokens).toBeGreaterThan(0);
  });

  it("edits an uploaded image", async () => {
    const form = new FormData();
    form.append("prompt", "add a hat");
    form.append("model", "gpt-image-1");
    form.append("image[]", new File([new Uint8Array(4)], "a.png", { type: "image/png" }));
    const { status, body } = await api(createEmulator().fetch).post("/images/edits", form);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
  });
});
