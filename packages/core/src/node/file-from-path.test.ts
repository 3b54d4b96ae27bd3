import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import { ValidationError } from "../errors/openai-error.js";
import { buildMultipart } from "../files/multipart.js";
import { request } from "../transport/request.js";
import { fileFromPath } from "./file-from-path.js";

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "oaikit-file-"));
  path = join(dir, "train.jsonl");
  await writeFile(path, '{"prompt":"é"}\n');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("fileFromPath", () => {
  it("returns a File named after the file, with its bytes", async () => {
    const file = await fileFromPath(path);
    expect(file).toBeInstanceOf(File);
    expect([file.name, file.size, await file.text()]).toEqual([
      "train.jsonl",
      16,
      '{"prompt":"é"}\n',
    ]);
  });

  it("takes a name and a type when given", async () => {
    const file = await fileFromPath(path, "data.jsonl", { type: "application/jsonl" });
    expect([file.name, file.type]).toEqual(["data.jsonl", "application/jsonl"]);
  });

  it("rejects a missing file with a ValidationError naming the path", async () => {
    const missing = join(dir, "nope.txt");
    const error = await fileFromPath(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("path");
    expect((error as Error).message).toContain("ENOENT");
    expect((error as Error).message).toContain(missing);
  });

  it("rejects a directory", async () => {
    await expect(fileFromPath(dir)).rejects.toThrow(/is not a regular file/);
  });

  it("rejects an empty path", async () => {
    await expect(fileFromPath("")).rejects.toBeInstanceOf(ValidationError);
  });

  it("uploads as a multipart file part with its name and contents", async () => {
    let received: { name: string; text: string; purpose: unknown } | undefined;
    const server: FaultServer = await startFaultServer({
      fallback: {
        type: "custom",
        handle: async (req, res, recorded) => {
          const form = await new Response(recorded.body, {
            headers: { "content-type": req.headers["content-type"] ?? "" },
          }).formData();
          const file = form.get("file") as File;
          received = { name: file.name, text: await file.text(), purpose: form.get("purpose") };
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ id: "file_1" }));
        },
      },
    });
    try {
      const client = createClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
      const body = buildMultipart({ file: await fileFromPath(path), purpose: "fine-tune" });
      await request(client, { method: "POST", path: "/files", body, bodyType: "multipart" });
      expect(received).toEqual({
        name: "train.jsonl",
        text: '{"prompt":"é"}\n',
        purpose: "fine-tune",
      });
    } finally {
      await server.close();
    }
  });
});
