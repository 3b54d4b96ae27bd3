import { getMeta } from "@oaikit/core";
import { createResponse, outputText } from "@oaikit/responses";
import { describeMeta, line } from "../print.js";
import type { DemoSection } from "./section.js";

export const retrySection: DemoSection = {
  title: "A retry: the server answers 503 once, the client waits and tries again",
  async run({ client, emulator }, model) {
    if (emulator) {
      emulator.fault({
        route: "POST /responses",
        status: 503,
        headers: { "retry-after-ms": "250" },
      });
      line("told the mock API to fail the next POST /responses with 503 and retry-after-ms: 250");
    } else {
      line("(real API: no fault is injected, so this is one plain attempt)");
    }
    const started = performance.now();
    const retried = await createResponse(client, { model, input: "Name one prime number." });
    const elapsed = Math.round(performance.now() - started);
    line(`output: ${outputText(retried)}`);
    line(`${describeMeta(getMeta(retried))}, ${elapsed} ms in all`);
  },
};
