import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("/v1/models", () => {
  it("lists models and retrieves each listed one", async () => {
    const client = api(createEmulator().fetch);
    const list = await client.get("/models");
    expect(list.body.object).toBe("list");
    expect(list.body.data.length).toBeGreaterThan(3);
    const first = list.body.data[0];
    expect((await client.get(`/models/${first.id}`)).body).toEqual(first);
  });

  it("answers 404 model_not_found for an unknown model", async () => {
    const { status, body } = await api(createEmulator().fetch).get("/models/no-such-model");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "model_not_found", param: "model" });
  });
});
