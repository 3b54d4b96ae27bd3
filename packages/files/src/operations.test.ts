import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  formOf,
  json,
  type RecordingServer,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import { createFile, downloadFileContent, listFiles } from "./index.js";

const file = (id: string) => ({
  id,
  object: "file",
  bytes: 3,
  created_at: 1,
  filename: `${id}.jsonl`,
  purpose: "batch",
  status: "processed",
});

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () => createClient({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });

beforeAll(async () => {
  server = await startRecordingServer((request) => {
    const url = new URL(request.url, "http://x");
    if (url.pathname.endsWith("/content")) {
      return { headers: { "content-type": "application/octet-stream" }, body: "{}\n" };
    }
    if (request.method === "POST") return json(file("file-new"));
    const after = url.searchParams.get("after");
    const page = after === null ? [file("file-1"), file("file-2")] : [file("file-3")];
    return json({
      object: "list",
      data: page,
      first_id: page[0]!.id,
      last_id: page.at(-1)!.id,
      has_more: after === null,
    });
  });
});
afterAll(() => server.close());

describe("generated file operations on the wire", () => {
  it("createFile uploads the file and purpose as multipart form fields", async () => {
    const created = await createFile(client(), {
      file: new File(["{}\n"], "batch.jsonl", { type: "application/jsonl" }),
      purpose: "batch",
      expires_after: { anchor: "created_at", seconds: 3600 },
    });
    expect(created.id).toBe("file-new");
    expect(last().method).toBe("POST");
    expect(last().url).toBe("/v1/files");
    const form = await formOf(last());
    expect((form.get("file") as File).name).toBe("batch.jsonl");
    expect(await (form.get("file") as File).text()).toBe("{}\n");
    expect(form.get("purpose")).toBe("batch");
    expect(form.get("expires_after[anchor]")).toBe("created_at");
    expect(form.get("expires_after[seconds]")).toBe("3600");
  });

  it("downloadFileContent resolves to the raw Response of the content route", async () => {
    const content = await downloadFileContent(client(), { file_id: "file-1" });
    expect(content).toBeInstanceOf(Response);
    expect(await content.text()).toBe("{}\n");
    expect(last().method).toBe("GET");
    expect(last().url).toBe("/v1/files/file-1/content");
  });

  it("listFiles awaits to the first page and iterates every file across pages", async () => {
    const first = await listFiles(client(), { purpose: "batch", limit: 2 });
    expect(first.data.map((f) => f.id)).toEqual(["file-1", "file-2"]);
    expect(first.hasMore).toBe(true);
    const ids: string[] = [];
    for await (const f of listFiles(client(), { purpose: "batch", limit: 2 })) ids.push(f.id);
    expect(ids).toEqual(["file-1", "file-2", "file-3"]);
    expect(server.requests.slice(-2).map((r) => r.url)).toEqual([
      "/v1/files?purpose=batch&limit=2",
      "/v1/files?purpose=batch&limit=2&after=file-2",
    ]);
  });
});
