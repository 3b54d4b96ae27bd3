import { createBatch } from "@oaikit/batches";
import { createClient } from "@oaikit/core";
import { createEval, createEvalRun } from "@oaikit/evals";
import { createFile } from "@oaikit/files";
import { createFineTuningJob } from "@oaikit/fine-tuning";
import { cancelResponse, createResponse } from "@oaikit/responses";
import type { NodeEmulator } from "@oaikit/testing/node";

const LIFETIME_MS = 60_000;

const jsonl = (lines: unknown[], name: string) =>
  new File([lines.map((line) => JSON.stringify(line)).join("\n")], name);

/**
 * Work that ends in webhooks, done against the emulator the way an app would: background
 * responses (one cancelled), a batch, a fine-tuning job, an eval run, then a minute on the
 * emulator clock for them to finish, and an incoming call.
 */
export const runScenario = async (
  emulator: NodeEmulator,
  baseURL: string,
  print: (line: string) => void,
) => {
  const client = createClient({ apiKey: "sk-emulator", baseURL });
  const model = "gpt-5-mini";
  const response = await createResponse(client, {
    model,
    input: "Summarize webhooks",
    background: true,
  });
  const doomed = await createResponse(client, { model, input: "Never mind", background: true });
  await cancelResponse(client, { response_id: doomed.id });
  print(`created background responses ${response.id} and ${doomed.id} (cancelled)`);

  const batchInput = await createFile(client, {
    purpose: "batch",
    file: jsonl(
      [
        {
          custom_id: "1",
          method: "POST",
          url: "/v1/embeddings",
          body: { model: "text-embedding-3-small", input: "hi" },
        },
      ],
      "batch.jsonl",
    ),
  });
  const batch = await createBatch(client, {
    input_file_id: batchInput.id,
    endpoint: "/v1/embeddings",
    completion_window: "24h",
  });
  const training = await createFile(client, {
    purpose: "fine-tune",
    file: jsonl(
      [
        {
          messages: [
            { role: "user", content: "hi" },
            { role: "assistant", content: "hello" },
          ],
        },
      ],
      "train.jsonl",
    ),
  });
  const job = await createFineTuningJob(client, {
    model: "gpt-4o-mini",
    training_file: training.id,
  });
  const evaluation = await createEval(client, {
    name: "smoke",
    data_source_config: { type: "custom", item_schema: { type: "object" } },
    testing_criteria: [],
  });
  const run = await createEvalRun(client, {
    eval_id: evaluation.id,
    data_source: {
      type: "jsonl",
      source: { type: "file_content", content: [{ item: {}, sample: { output_text: "ok" } }] },
    },
  });
  print(`created batch ${batch.id}, fine-tuning job ${job.id}, eval run ${run.id}`);

  emulator.advance(LIFETIME_MS);
  print("moved the emulator clock a minute on: they finish, and the emulator posts their webhooks");
  const callId = emulator.webhooks.incomingCall();
  print(`a SIP call ${callId} rings`);
  await emulator.webhooks.settled();
};

export const scenarioDurations = {
  response: LIFETIME_MS,
  batch: LIFETIME_MS,
  fineTuningJob: LIFETIME_MS,
  evalRun: LIFETIME_MS,
};
