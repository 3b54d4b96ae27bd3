import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const create = (client: ReturnType<typeof api>, prompt: string) => {
  const form = new FormData();
  form.append("prompt", prompt);
  form.append("seconds", "8");
  return client.post("/videos", form);
};

describe("/v1/videos", () => {
  it("fails a video whose prompt the emulator's moderation flags, once rendered", async () => {
    const emulator = createEmulator({
      durations: { video: 10_000 },
      moderate: (text) => (text.includes("storm") ? ["violence"] : []),
    });
    const client = api(emulator.fetch);
    const video = (await create(client, "a storm of blades")).body;
    expect((await client.get(`/videos/${video.id}`)).body.status).toBe("in_progress");
    emulator.advance(10_000);
    expect((await client.get(`/videos/${video.id}`)).body).toMatchObject({
      status: "failed",
      error: { code: "moderation_blocked" },
    });
    expect((await client.get(`/videos/${video.id}/content`)).status).toBe(400);
  });

  it("renders on the emulator clock: queued, in progress, then completed", async () => {
    const emulator = createEmulator({ durations: { video: 10_000 } });
    const client = api(emulator.fetch);
    const video = (await create(client, "a paper boat")).body;
    expect(video).toMatchObject({ object: "video", status: "queued", progress: 0, seconds: "8" });
    emulator.advance(4_000);
    expect((await client.get(`/videos/${video.id}`)).body).toMatchObject({
      status: "in_progress",
      progress: 40,
    });
    expect((await client.get(`/videos/${video.id}/content`)).status).toBe(400);
    emulator.advance(6_000);
    expect((await client.get(`/videos/${video.id}`)).body).toMatchObject({
      status: "completed",
      progress: 100,
    });
  });

  it("serves a completed video's MP4 and thumbnail", async () => {
    const client = api(createEmulator().fetch);
    const video = (await create(client, "boat")).body;
    const mp4 = await client.raw(`/videos/${video.id}/content`);
    expect(mp4.headers.get("content-type")).toBe("video/mp4");
    const bytes = new Uint8Array(await mp4.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");
    const thumbnail = await client.raw(`/videos/${video.id}/content?variant=thumbnail`);
    expect(thumbnail.headers.get("content-type")).toBe("image/png");
  });

  it("remixes a video into a new one that names its source", async () => {
    const client = api(createEmulator().fetch);
    const video = (await create(client, "boat")).body;
    const remix = (await client.post(`/videos/${video.id}/remix`, { prompt: "at night" })).body;
    expect(remix).toMatchObject({
      remixed_from_video_id: video.id,
      prompt: "at night",
      seconds: "8",
    });
    expect(remix.id).not.toBe(video.id);
  });
});
