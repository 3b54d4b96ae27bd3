import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import { ValidationError } from "../errors/openai-error.js";
import { requestBinary } from "../transport/request.js";
import { saveResponse } from "./save-response.js";

let dir: string;
let server: FaultServer;
const client = () =>
  createClient({ apiKey: "sk-test", baseURL: `${server.url}/v1`, maxRetries: 0 });
const download = () => requestBinary(client(), { method: "GET", path: "/files/file_1/content" });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "oaikit-save-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  server = await startFaultServer();
});
afterEach(() => server.close());

it("writes a downloaded body to a file and returns the byte count", async () => {
  const body = "RIFF".padEnd(70_000, "x");
  server.enqueue({ type: "respond", body, headers: { "content-type": "audio/wav" } });
  const path = join(dir, "speech.wav");
  expect(await saveResponse(await download(), path)).toBe(70_000);
  expect(await readFile(path, "utf8")).toBe(body);
});

it("removes the partial file when the connection dies mid-download", async () => {
  server.enqueue({ type: "reset-mid-body", body: "partial", headers: { "content-length": "100" } });
  const path = join(dir, "cut.bin");
  const response = await download();
  await expect(saveResponse(response, path)).rejects.toThrow();
  await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
});

it("refuses a body that was already read, naming the fix", async () => {
  server.enqueue({ type: "respond", body: "abc" });
  const response = await download();
  await response.text();
  const saved = saveResponse(response, join(dir, "late.bin"));
  await expect(saved).rejects.toBeInstanceOf(ValidationError);
  await expect(saved).rejects.toThrow(/already read/);
});
