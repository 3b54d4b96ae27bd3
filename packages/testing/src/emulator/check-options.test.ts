import { expect, it } from "vitest";
import { createEmulator } from "./create-emulator.js";

it("rejects options it would misread, naming the field", () => {
  expect(() => createEmulator({ auth: "none" as never })).toThrow(/auth must be/);
  expect(() => createEmulator({ seed: 1.5 })).toThrow(/seed must be an integer/);
  expect(() => createEmulator({ startTime: new Date("nope") })).toThrow(/startTime/);
  expect(() => createEmulator({ durations: { batch: -1 } })).toThrow(/durations\.batch/);
  expect(() => createEmulator({ moderate: "violence" as never })).toThrow(/moderate/);
});

it("starts the clock at startTime, so created_at values are predictable", async () => {
  const emulator = createEmulator({ startTime: new Date("2030-01-01T00:00:00Z") });
  const response = await emulator.fetch("http://x/v1/responses", {
    method: "POST",
    headers: { authorization: "Bearer k", "content-type": "application/json" },
    body: JSON.stringify({ model: "m", input: "t" }),
  });
  expect((await response.json()).created_at).toBe(Date.UTC(2030, 0, 1) / 1000);
});
