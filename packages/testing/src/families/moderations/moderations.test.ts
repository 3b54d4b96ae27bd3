import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("POST /v1/moderations", () => {
  it("flags nothing by default, with every category present", async () => {
    const { body } = await api(createEmulator().fetch).post("/moderations", { input: ["a", "b"] });
    expect(body.results).toHaveLength(2);
    expect(body.results[0].flagged).toBe(false);
    expect(Object.values(body.results[0].categories).every((v) => v === false)).toBe(true);
    expect(Object.keys(body.results[0].category_scores)).toEqual(
      Object.keys(body.results[0].categories),
    );
  });

  it("flags the categories the moderate option returns", async () => {
    const emulator = createEmulator({
      moderate: (text) => (text.includes("bad") ? ["violence"] : []),
    });
    const { body } = await api(emulator.fetch).post("/moderations", {
      input: ["fine", "bad thing"],
    });
    expect(body.results.map((r: any) => r.flagged)).toEqual([false, true]);
    expect(body.results[1].categories.violence).toBe(true);
    expect(body.results[1].categories.hate).toBe(false);
  });
});
