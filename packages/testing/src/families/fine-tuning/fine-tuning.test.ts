import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const setup = async (duration = 60_000) => {
  const emulator = createEmulator({ durations: { fineTuningJob: duration } });
  const client = api(emulator.fetch);
  const form = new FormData();
  form.append("purpose", "fine-tune");
  form.append("file", new File(['{"messages":[]}\n'], "train.jsonl"));
  const file = (await client.post("/files", form)).body;
  const job = (
    await client.post("/fine_tuning/jobs", { model: "gpt-4o-mini", training_file: file.id })
  ).body;
  return { emulator, client, job };
};

describe("/v1/fine_tuning", () => {
  it("moves a job through its states on the emulator clock to a usable model", async () => {
    const { emulator, client, job } = await setup();
    expect(job).toMatchObject({
      object: "fine_tuning.job",
      status: "validating_files",
      fine_tuned_model: null,
    });
    expect((await client.get(`/fine_tuning/jobs/${job.id}`)).body.status).toBe("queued");
    emulator.advance(6_000);
    expect((await client.get(`/fine_tuning/jobs/${job.id}`)).body.status).toBe("running");
    emulator.advance(54_000);
    const done = (await client.get(`/fine_tuning/jobs/${job.id}`)).body;
    expect(done.status).toBe("succeeded");
    expect(done.fine_tuned_model).toMatch(/^ft:gpt-4o-mini:/);
    expect(done.result_files).toHaveLength(1);
    expect((await client.get(`/models/${done.fine_tuned_model}`)).body.owned_by).toBe(
      "emulator-organization",
    );
    const events = (await client.get(`/fine_tuning/jobs/${job.id}/events`)).body.data;
    expect(events[0].message).toBe("The job has successfully completed");
    const checkpoints = (await client.get(`/fine_tuning/jobs/${job.id}/checkpoints`)).body.data;
    expect(checkpoints.map((c: any) => c.step_number)).toEqual([30, 20, 10]);
  });

  it("stops the clock while a job is paused", async () => {
    const { emulator, client, job } = await setup();
    await client.post(`/fine_tuning/jobs/${job.id}/pause`);
    emulator.advance(120_000);
    expect((await client.get(`/fine_tuning/jobs/${job.id}`)).body.status).toBe("queued");
    await client.post(`/fine_tuning/jobs/${job.id}/resume`);
    emulator.advance(60_000);
    expect((await client.get(`/fine_tuning/jobs/${job.id}`)).body.status).toBe("succeeded");
  });

  it("cancels a running job, and refuses to cancel a finished one", async () => {
    const { client, job } = await setup();
    expect((await client.post(`/fine_tuning/jobs/${job.id}/cancel`)).body.status).toBe("cancelled");
    const other = await setup(0);
    other.emulator.advance(1);
    expect((await other.client.post(`/fine_tuning/jobs/${other.job.id}/cancel`)).status).toBe(400);
  });

  it("deletes a fine-tuned model but not a base model", async () => {
    const { client, job } = await setup(0);
    const model = (await client.get(`/fine_tuning/jobs/${job.id}`)).body.fine_tuned_model;
    expect((await client.delete(`/models/${model}`)).body).toEqual({
      id: model,
      object: "model",
      deleted: true,
    });
    expect((await client.get(`/models/${model}`)).status).toBe(404);
    expect((await client.delete("/models/gpt-4o")).status).toBe(403);
  });

  it("grants and revokes a checkpoint to projects", async () => {
    const { client, job } = await setup(0);
    const model = (await client.get(`/fine_tuning/jobs/${job.id}`)).body.fine_tuned_model;
    const path = `/fine_tuning/checkpoints/${encodeURIComponent(model)}/permissions`;
    const granted = (await client.post(path, { project_ids: ["proj_a", "proj_b"] })).body;
    expect(granted.data.map((p: any) => p.project_id)).toEqual(["proj_a", "proj_b"]);
    expect((await client.get(`${path}?project_id=proj_b`)).body.data).toHaveLength(1);
    await client.delete(`${path}/${granted.data[0].id}`);
    expect((await client.get(path)).body.data).toHaveLength(1);
    expect((await client.get("/fine_tuning/checkpoints/ft:nope/permissions")).status).toBe(404);
  });
});
