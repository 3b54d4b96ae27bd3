import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors/openai-error.js";
import { buildMultipart } from "../files/multipart.js";
import { toFile } from "../files/to-file.js";
import { fromNodeStream } from "./node-stream.js";

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "oaikit-stream-"));
  path = join(dir, "clip.wav");
  await writeFile(path, Buffer.alloc(200_000, 7));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("fromNodeStream", () => {
  it("reads an fs.ReadStream to the end and names the File after its path", async () => {
    const file = await fromNodeStream(createReadStream(path, { highWaterMark: 16_384 }));
    expect(file.name).toBe("clip.wav");
    expect(file.size).toBe(200_000);
    expect(new Uint8Array(await file.arrayBuffer()).every((b) => b === 7)).toBe(true);
  });

  it("reads a Readable of strings with the given name and type", async () => {
    const file = await fromNodeStream(Readable.from(["a", "b"], { objectMode: false }), "ab.txt", {
      type: "text/plain",
    });
    expect([file.name, file.type, await file.text()]).toEqual(["ab.txt", "text/plain", "ab"]);
  });

  it("rejects an object-mode stream before reading it", async () => {
    const error = await fromNodeStream(Readable.from([{ a: 1 }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/object-mode/);
  });

  it("rejects something that is not a Readable", async () => {
    const error = await fromNodeStream({} as Readable).catch((e: unknown) => e);
    expect((error as ValidationError).path).toBe("stream");
  });

  it("passes on the stream's own error, such as a missing file", async () => {
    const stream = createReadStream(join(dir, "missing.wav"));
    await expect(fromNodeStream(stream)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("is accepted by toFile and multipart bodies from the root entry too", async () => {
    expect((await toFile(createReadStream(path))).size).toBe(200_000);
    const form = await buildMultipart({ file: createReadStream(path) });
    const file = form.get("file") as File;
    expect([file.name, file.size]).toEqual(["clip.wav", 200_000]);
  });
});
