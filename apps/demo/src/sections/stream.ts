import { streamResponse } from "@oaikit/responses";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

export const streamSection: DemoSection = {
  title: "A stream: streamResponse, printed as the deltas arrive",
  async run({ client }, model) {
    const counts = new Map<string, number>();
    process.stdout.write("   ");
    for await (const event of streamResponse(client, { model, input: "Count from one to five." })) {
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
      if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
    }
    process.stdout.write("\n");
    line(`events: ${[...counts].map(([type, n]) => `${type} x${n}`).join(", ")}`);
  },
};
