import { createClient } from "@oaikit/core";
import { createEmulator } from "@oaikit/testing";
import { expect, it } from "vitest";
import { askWeather } from "./weather.js";

it("answers with the temperature our tool returned", async () => {
  const emulator = createEmulator();
  emulator.script(
    // First turn: the model calls the tool.
    { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
    // Second turn: it answers from the tool output the app sent back.
    ({ lastText }) => ({ text: `It is ${JSON.parse(lastText).celsius}°C.` }),
  );
  const client = createClient({ apiKey: "sk-test", fetch: emulator.fetch });

  expect(await askWeather(client, "How warm is Paris?")).toBe("It is 21°C.");
  expect(emulator.requests).toHaveLength(2);
  expect(emulator.pendingScript).toBe(0);
});
