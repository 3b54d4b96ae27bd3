import { parseResponse, textFormat } from "@oaikit/responses";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

const Event = toStandardJsonSchema(
  v.object({ name: v.string(), day: v.string(), guests: v.array(v.string()) }),
);

export const structuredOutputSection: DemoSection = {
  title: "A structured output: parseResponse with a valibot schema, typed and validated",
  async run({ client, emulator }, model) {
    if (emulator) {
      emulator.script({ json: { name: "Science fair", day: "Friday", guests: ["Alice", "Bob"] } });
      line("scripted the mock API's answer; the real API writes its own");
    }
    const res = await parseResponse(client, {
      model,
      input: "Alice and Bob are going to the science fair on Friday.",
      text: { format: textFormat(Event, { name: "event" }) },
    });
    if (res.refusal) return line(`refused: ${res.refusal}`);
    // outputParsed is typed from the schema: { name: string; day: string; guests: string[] }.
    const event = res.outputParsed;
    line(`outputParsed: ${event?.name} on ${event?.day}, guests ${event?.guests.join(" and ")}`);
  },
};
