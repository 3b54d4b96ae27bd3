import { outputText, streamResponse } from "@oaikit/responses";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

export const streamSection: DemoSection = {
  title: "A stream: streamResponse's textStream printed live, then finalResponse()",
  async run({ client }, model) {
    const stream = streamResponse(client, { model, input: "Count from one to five." });
    let events = 0;
    // on() sees every event while textStream consumes the stream.
    stream.on("response.output_text.delta", () => events++);
    process.stdout.write("   ");
    for await (const text of stream.textStream) process.stdout.write(text);
    process.stdout.write("\n");
    const response = await stream.finalResponse();
    line(
      `${events} text deltas; final response ${response.id}: ${response.status}, ` +
        `${response.usage?.output_tokens ?? "?"} output tokens, text "${outputText(response)}"`,
    );
  },
};
