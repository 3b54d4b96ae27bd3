import { APIUserAbortError, type Client, createClient, ValidationError } from "@oaikit/core";
import { downloadFileContent } from "@oaikit/files";
import { createEmulator, type Emulator, type FaultHandle } from "@oaikit/testing";
import { UploadError, type UploadProgress, type UploadState, uploadFile } from "@oaikit/uploads";
import { beforeEach, describe, expect, it } from "vitest";

const KiB = 1024;
let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

/** Deterministic bytes that differ from part to part, so a misplaced part changes the file. */
const bytesOf = (size: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + Math.floor(i / 1000)) % 251;
  return bytes;
};

const contentOf = async (fileId: string) =>
  new Uint8Array(await (await downloadFileContent(client, { file_id: fileId })).arrayBuffer());

const partRequests = () =>
  emulator.requests.filter((r) => r.operationId === "addUploadPart").length;

const inParts = { purpose: "assistants", partSize: 8 * KiB, simpleUploadLimit: 0 } as const;

describe("uploadFile", () => {
  it("sends a file up to the simple-upload limit whole through /files", async () => {
    const progress: UploadProgress[] = [];
    const file = await uploadFile(client, new File(["{}\n"], "input.jsonl"), {
      purpose: "batch",
      onProgress: (event) => progress.push(event),
    });
    expect(file).toMatchObject({
      object: "file",
      filename: "input.jsonl",
      purpose: "batch",
      bytes: 3,
    });
    expect(emulator.requests.map((r) => r.operationId)).toEqual(["createFile"]);
    expect(progress).toEqual([{ loaded: 3, total: 3, part: 0, state: undefined }]);
  });

  it("sends a larger file in parts, completes them in order, reports monotonic progress", async () => {
    const bytes = bytesOf(100 * KiB + 123);
    const progress: UploadProgress[] = [];
    const file = await uploadFile(client, new File([bytes], "notes.txt"), {
      ...inParts,
      concurrency: 3,
      onProgress: (event) => progress.push(event),
    });
    expect(file).toMatchObject({ filename: "notes.txt", bytes: bytes.length });
    expect(await contentOf(file.id)).toEqual(bytes);
    expect(partRequests()).toBe(13);
    const create = emulator.requests.find((r) => r.operationId === "createUpload")!;
    expect(create.body).toMatchObject({
      bytes: bytes.length,
      filename: "notes.txt",
      mime_type: "text/plain",
    });
    const loaded = progress.map((event) => event.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(loaded.at(-1)).toBe(bytes.length);
    expect(new Set(progress.map((event) => event.part)).size).toBe(13);
    const complete = emulator.requests.find((r) => r.operationId === "completeUpload")!;
    const last = progress.at(-1)!.state!;
    expect((complete.body as { part_ids: string[] }).part_ids).toEqual(last.partIds);
  });

  it("reads a web stream forward in parts when told its size", async () => {
    const bytes = bytesOf(40 * KiB + 5);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Chunks that straddle part boundaries.
        for (let at = 0; at < bytes.length; at += 3_000)
          controller.enqueue(bytes.slice(at, at + 3_000));
        controller.close();
      },
    });
    const file = await uploadFile(client, stream, {
      ...inParts,
      filename: "stream.txt",
      bytes: bytes.length,
    });
    expect(await contentOf(file.id)).toEqual(bytes);
  });

  it("retries a part that fails twice", async () => {
    emulator.fault({
      route: "addUploadPart",
      status: 503,
      headers: { "retry-after-ms": "0" },
      times: 2,
    });
    const bytes = bytesOf(24 * KiB);
    const file = await uploadFile(client, new File([bytes], "a.txt"), {
      ...inParts,
      concurrency: 1,
    });
    expect(await contentOf(file.id)).toEqual(bytes);
    expect(partRequests()).toBe(3 + 2);
  });

  it("resumes after a crash from the last progress state, sending only the missing parts", async () => {
    const bytes = bytesOf(80 * KiB);
    const file = () => new File([bytes], "big.txt");
    let saved = "";
    const failure = await uploadFile(client, file(), {
      ...inParts,
      concurrency: 1,
      onProgress: (event) => {
        saved = JSON.stringify(event.state); // what an app would write to disk
        // After the 4th part the "network" dies for good: the next part is refused.
        if (event.loaded === 4 * 8 * KiB) emulator.fault({ route: "addUploadPart", status: 400 });
      },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UploadError);
    const error = failure as UploadError;
    expect(error.message).toContain("failed at part 4");
    expect(error.state.partIds.filter(Boolean)).toHaveLength(4);
    expect(JSON.parse(saved)).toEqual(error.state);
    const before = partRequests();

    const resumed = await uploadFile(client, file(), {
      ...inParts,
      resume: JSON.parse(saved) as UploadState,
    });
    expect(before).toBe(5); // four parts, and the refused fifth
    expect(partRequests() - before).toBe(10 - 4);
    expect(emulator.requests.filter((r) => r.operationId === "createUpload")).toHaveLength(1);
    expect(await contentOf(resumed.id)).toEqual(bytes);
  });

  it("resumes a stream source by reading past the parts the server has", async () => {
    const bytes = bytesOf(50 * KiB);
    const streamOf = () =>
      (async function* () {
        for (let at = 0; at < bytes.length; at += 5_000) yield bytes.slice(at, at + 5_000);
      })();
    let fault: FaultHandle | undefined;
    const failure = (await uploadFile(client, streamOf(), {
      ...inParts,
      concurrency: 2,
      bytes: bytes.length,
      onProgress: (event) => {
        if (event.loaded >= 2 * 8 * KiB && !fault) {
          fault = emulator.fault({ route: "addUploadPart", status: 400, times: Infinity });
        }
      },
    }).catch((error: unknown) => error)) as UploadError;
    expect(failure).toBeInstanceOf(UploadError);
    fault!.remove();
    const missing = failure.state.partIds.filter((id) => id === null).length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(7);
    const before = partRequests();
    const resumed = await uploadFile(client, streamOf(), {
      ...inParts,
      bytes: bytes.length,
      resume: failure.state,
    });
    expect(partRequests() - before).toBe(missing);
    expect(await contentOf(resumed.id)).toEqual(bytes);
  });

  it("cancels the upload on the server when the signal aborts", async () => {
    const controller = new AbortController();
    const failure = uploadFile(client, new File([bytesOf(64 * KiB)], "c.txt"), {
      ...inParts,
      concurrency: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(failure).rejects.toBeInstanceOf(APIUserAbortError);
    const ops = emulator.requests.map((r) => r.operationId);
    expect(ops.at(-1)).toBe("cancelUpload");
    expect(ops.filter((op) => op === "addUploadPart")).toHaveLength(1);
    expect(ops).not.toContain("completeUpload");
  });

  it("refuses bad input by name before sending anything", async () => {
    const stream = new ReadableStream<Uint8Array>();
    await expect(uploadFile(client, stream, { purpose: "assistants" })).rejects.toMatchObject({
      constructor: ValidationError,
      path: "bytes",
    });
    await expect(
      uploadFile(client, new File(["x"], "a.txt"), { purpose: "assistants", partSize: 10 }),
    ).rejects.toMatchObject({ path: "partSize" });
    await expect(
      uploadFile(client, "a.txt" as unknown as File, { purpose: "assistants" }),
    ).rejects.toMatchObject({ path: "file" });
    const resume: UploadState = {
      uploadId: "upload_x",
      filename: "a.txt",
      bytes: 10,
      partSize: 8 * KiB,
      partIds: [null],
      expiresAt: 0,
    };
    await expect(
      uploadFile(client, new File(["x"], "a.txt"), { purpose: "assistants", resume }),
    ).rejects.toMatchObject({ path: "resume" });
    expect(emulator.requests).toHaveLength(0);
  });
});
