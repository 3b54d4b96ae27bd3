import { APIError, getMeta } from "@oaikit/core";
import { listModels } from "@oaikit/models";
import { createResponse, outputText, retrieveResponse, streamResponse } from "@oaikit/responses";
import { openBackend } from "./backend.js";
import { describeMeta, heading, line } from "./print.js";

const model = process.env.OAIKIT_DEMO_MODEL ?? "gpt-5-mini";
const backend = await openBackend();
const { client, emulator } = backend;
process.stdout.write(`oaikit demo: talking to ${backend.description}\n`);

try {
  heading(1, "A request: createResponse");
  const response = await createResponse(client, { model, input: "Say hello in five words." });
  line(`output: ${outputText(response)}`);
  line(describeMeta(getMeta(response)));

  heading(2, "A retry: the server answers 503 once, the client waits and tries again");
  if (emulator) {
    emulator.fault({ route: "POST /responses", status: 503, headers: { "retry-after-ms": "250" } });
    line("told the mock API to fail the next POST /responses with 503 and retry-after-ms: 250");
  } else {
    line("(real API: no fault is injected, so this is one plain attempt)");
  }
  const started = performance.now();
  const retried = await createResponse(client, { model, input: "Name one prime number." });
  const elapsed = Math.round(performance.now() - started);
  line(`output: ${outputText(retried)}`);
  line(`${describeMeta(getMeta(retried))}, ${elapsed} ms in all`);

  heading(3, "A stream: streamResponse, printed as the deltas arrive");
  const counts = new Map<string, number>();
  process.stdout.write("   ");
  for await (const event of streamResponse(client, { model, input: "Count from one to five." })) {
    counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
  }
  process.stdout.write("\n");
  line(`events: ${[...counts].map(([type, n]) => `${type} x${n}`).join(", ")}`);

  heading(4, "Pagination: listModels, every item across pages");
  let seen = 0;
  const firstIds: string[] = [];
  for await (const entry of listModels(client)) {
    if (firstIds.length < 3) firstIds.push(entry.id);
    seen++;
  }
  line(`${seen} models, first: ${firstIds.join(", ")}`);

  heading(5, "A typed error: retrieveResponse on an id that does not exist");
  try {
    await retrieveResponse(client, { response_id: "resp_does_not_exist" });
    line("unexpectedly found it");
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    line(`${error.name}: status ${error.status}, type ${error.type ?? "none"}`);
    line(`message: ${error.message}`);
    line(`request id to quote when asking for help: ${error.requestId ?? "none"}`);
  }
  process.stdout.write("\ndone.\n");
} finally {
  await backend.close();
}
