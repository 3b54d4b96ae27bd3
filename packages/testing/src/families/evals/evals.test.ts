import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const criteria = [
  {
    type: "string_check",
    name: "exact",
    input: "{{sample.output_text}}",
    reference: "{{item.answer}}",
    operation: "eq",
  },
];

const setup = async (duration = 0) => {
  const emulator = createEmulator({ durations: { evalRun: duration } });
  const client = api(emulator.fetch);
  const evaluation = (
    await client.post("/evals", {
      name: "math",
      data_source_config: { type: "custom", item_schema: { type: "object" } },
      testing_criteria: criteria,
    })
  ).body;
  return { emulator, client, evaluation };
};

describe("/v1/evals", () => {
  it("grades a run's given samples and counts passes per criterion", async () => {
    const { client, evaluation } = await setup();
    const created = (
      await client.post(`/evals/${evaluation.id}/runs`, {
        data_source: {
          type: "jsonl",
          source: {
            type: "file_content",
            content: [
              { item: { answer: "4" }, sample: { output_text: "4" } },
              { item: { answer: "6" }, sample: { output_text: "7" } },
            ],
          },
        },
      })
    ).body;
    expect(created.status).toBe("queued");
    const run = (await client.get(`/evals/${evaluation.id}/runs/${created.id}`)).body;
    expect(run).toMatchObject({
      status: "completed",
      result_counts: { total: 2, passed: 1, failed: 1, errored: 0 },
      per_testing_criteria_results: [{ testing_criteria: "exact", passed: 1, failed: 1 }],
    });
    const failed = (
      await client.get(`/evals/${evaluation.id}/runs/${run.id}/output_items?status=fail`)
    ).body;
    expect(failed.data.map((item: any) => item.datasource_item)).toEqual([{ answer: "6" }]);
  });

  it("samples the model for a completions run, from its message template", async () => {
    const { client, evaluation, emulator } = await setup();
    emulator.script({ for: "chat", text: "4" }, { for: "chat", text: "five" });
    const run = (
      await client.post(`/evals/${evaluation.id}/runs`, {
        data_source: {
          type: "completions",
          model: "gpt-4.1",
          input_messages: {
            type: "template",
            template: [{ role: "user", content: "What is {{item.q}}?" }],
          },
          source: {
            type: "file_content",
            content: [{ item: { q: "2+2", answer: "4" } }, { item: { q: "2+3", answer: "5" } }],
          },
        },
      })
    ).body;
    const items = (await client.get(`/evals/${evaluation.id}/runs/${run.id}/output_items`)).body
      .data;
    expect(items.map((item: any) => item.sample.input[0].content)).toEqual([
      "What is 2+2?",
      "What is 2+3?",
    ]);
    expect(items.map((item: any) => item.status)).toEqual(["pass", "fail"]);
    expect(
      (await client.get(`/evals/${evaluation.id}/runs/${run.id}`)).body.per_model_usage[0],
    ).toMatchObject({
      model_name: "gpt-4.1",
      invocation_count: 2,
    });
  });

  it("keeps output items hidden until the run completes, and cancels a run in progress", async () => {
    const { client, evaluation } = await setup(10_000);
    const source = { type: "file_content", content: [{ item: { answer: "1" } }] };
    const run = (
      await client.post(`/evals/${evaluation.id}/runs`, { data_source: { type: "jsonl", source } })
    ).body;
    expect(
      (await client.get(`/evals/${evaluation.id}/runs/${run.id}/output_items`)).body.data,
    ).toEqual([]);
    const cancelled = (await client.post(`/evals/${evaluation.id}/runs/${run.id}`)).body;
    expect(cancelled.status).toBe("canceled");
  });
});
