import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RecordingServer,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import { streamRun } from "./index.js";

const run = (status: string) => ({ id: "run_1", object: "thread.run", status });

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () => createClient({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });

beforeAll(async () => {
  server = await startRecordingServer(() => ({
    headers: { "content-type": "text/event-stream" },
    body: [
      `event: thread.run.created\ndata: ${JSON.stringify(run("queued"))}\n\n`,
      `event: thread.run.completed\ndata: ${JSON.stringify(run("completed"))}\n\n`,
      "event: done\ndata: [DONE]\n\n",
    ],
  }));
});
afterAll(() => server.close());

describe("generated Assistants run streaming on the wire", () => {
  it("streamRun posts stream: true with include[] in the query and yields each event's data", async () => {
    const statuses: unknown[] = [];
    const stream = streamRun(client(), {
      thread_id: "thread_1",
      assistant_id: "asst_1",
      include: ["step_details.tool_calls[*].file_search.results[*].content"],
    });
    for await (const data of stream) statuses.push((data as { status?: string }).status);
    expect(statuses).toEqual(["queued", "completed"]);
    expect(last().method).toBe("POST");
    expect(new URL(last().url, "http://x").pathname).toBe("/v1/threads/thread_1/runs");
    expect(new URL(last().url, "http://x").searchParams.getAll("include[]")).toEqual([
      "step_details.tool_calls[*].file_search.results[*].content",
    ]);
    expect(JSON.parse(last().body.toString())).toEqual({ assistant_id: "asst_1", stream: true });
  });
});
