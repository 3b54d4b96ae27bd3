import { getMeta } from "@oaikit/core";
import { createResponse, outputText } from "@oaikit/responses";
import { describeMeta, line } from "../print.js";
import type { DemoSection } from "./section.js";

export const requestSection: DemoSection = {
  title: "A request: createResponse",
  async run({ client }, model) {
    const response = await createResponse(client, { model, input: "Say hello in five words." });
    line(`output: ${outputText(response)}`);
    line(describeMeta(getMeta(response)));
  },
};
