import { outputText, runTools, tool } from "@oaikit/responses";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

const temperatures: Record<string, number> = { Paris: 21, Oslo: 4 };

const weather = tool({
  name: "get_weather",
  description: "The current temperature of a city, in degrees Celsius",
  parameters: toStandardJsonSchema(v.object({ city: v.string() })),
  execute: ({ city }) => ({ city, celsius: temperatures[city] ?? 15 }),
});

export const toolLoopSection: DemoSection = {
  title: "A tool loop: runTools calls the model, runs its two parallel tool calls, answers",
  async run({ client, emulator }, model) {
    if (emulator) {
      emulator.script(
        {
          toolCalls: [
            { name: "get_weather", arguments: { city: "Paris" } },
            { name: "get_weather", arguments: { city: "Oslo" } },
          ],
        },
        (request) => ({ text: `The tools said: ${request.lastText}` }),
      );
      line("scripted the mock API's two turns; the real API decides its own calls");
    }
    const run = await runTools(client, {
      model,
      input: "Is it warmer in Paris or in Oslo right now? Use the tool for both.",
      tools: [weather],
      onStep: ({ toolResults }) => {
        for (const r of toolResults)
          line(`tool ${r.name}(${JSON.stringify(r.arguments)}) -> ${r.output}`);
      },
    });
    line(
      `${run.status} after ${run.steps.length} model turns, ${run.usage.total_tokens} tokens in all`,
    );
    line(`answer: ${outputText(run.response)}`);
  },
};
