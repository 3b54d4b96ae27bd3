import { streamResponse } from "@oaikit/responses";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** A Responses stream: typed events in order, deltas that add up to the final text. */
export const stream: SmokeCase = {
  name: "stream",
  async run({ client }) {
    const types: string[] = [];
    let deltas = "";
    let finalText: string | undefined;
    for await (const event of streamResponse(client(), { model: "gpt-5.1", input: "Count to 3" })) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") deltas += event.delta;
      if (event.type === "response.output_text.done") finalText = event.text;
    }
    checkEqual(types[0], "response.created", "first event");
    checkEqual(types.at(-1), "response.completed", "last event");
    check(deltas.length > 0, "text deltas arrived");
    checkEqual(deltas, finalText, "deltas joined against output_text.done");
  },
};
