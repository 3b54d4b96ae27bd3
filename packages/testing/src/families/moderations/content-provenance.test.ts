import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";
import { base64ToBytes } from "../../media/base64.js";

const check = (client: ReturnType<typeof api>, bytes: Uint8Array<ArrayBuffer>) => {
  const form = new FormData();
  form.append("file", new File([bytes], "image.png", { type: "image/png" }));
  return client.post("/content_provenance_checks", form);
};

describe("/v1/content_provenance_checks", () => {
  it("detects images the emulator generated, and nothing in other files", async () => {
    const client = api(createEmulator().fetch);
    const image = (await client.post("/images/generations", { model: "gpt-image-1", prompt: "x" }))
      .body;
    const ours = (await check(client, base64ToBytes(image.data[0].b64_json))).body;
    expect(ours.object).toBe("content_provenance_check");
    expect(ours.results[0]).toMatchObject({
      type: "c2pa",
      outcome: "detected",
      validation_state: "valid",
    });
    const other = (await check(client, new Uint8Array([1, 2, 3]))).body;
    expect(other.results[0]).toMatchObject({
      outcome: "not_detected",
      validation_state: "not_present",
    });
  });
});
