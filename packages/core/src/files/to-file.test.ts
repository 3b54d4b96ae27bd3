import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors/openai-error.js";
import type { FileLike } from "./file-like.js";
import { toFile } from "./to-file.js";

const text = async (file: File): Promise<string> =>
  new TextDecoder().decode(await file.arrayBuffer());

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader("content-type", "audio/wav");
    res.end(`body of ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("toFile", () => {
  it("returns a File unchanged when neither name nor type is overridden", async () => {
    const file = new File(["x"], "a.txt", { type: "text/plain" });
    expect(await toFile(file)).toBe(file);
  });

  it("renames a File and overrides its type without touching the bytes", async () => {
    const file = await toFile(new File(["abc"], "a.txt"), "b.jsonl", { type: "application/jsonl" });
    expect([file.name, file.type, await text(file)]).toEqual([
      "b.jsonl",
      "application/jsonl",
      "abc",
    ]);
  });

  it("wraps a Blob, keeping its type and naming it from the type", async () => {
    const file = await toFile(new Blob(["RIFF"], { type: "audio/wav" }));
    expect([file.name, file.type, await text(file)]).toEqual(["file.wav", "audio/wav", "RIFF"]);
  });

  it("names a Blob of an unknown type plain 'file'", async () => {
    expect((await toFile(new Blob(["{}"], { type: "application/json" }))).name).toBe("file");
    expect((await toFile(new Blob(["x"]))).name).toBe("file");
  });

  it("drops the x- prefix and parameters from a media type used as an extension", async () => {
    expect((await toFile(new Blob([], { type: "audio/x-m4a" }))).name).toBe("file.m4a");
    expect((await toFile(new Blob([], { type: "audio/webm;codecs=opus" }))).name).toBe("file.webm");
  });

  it("copies an ArrayBuffer", async () => {
    const file = await toFile(new TextEncoder().encode("buffer").buffer, "b.bin");
    expect([file.name, await text(file)]).toEqual(["b.bin", "buffer"]);
  });

  it("copies only the viewed bytes of a Uint8Array, typed array or DataView", async () => {
    const all = new TextEncoder().encode("..middle..");
    expect(await text(await toFile(all.subarray(2, 8)))).toBe("middle");
    expect(await text(await toFile(new DataView(all.buffer, 2, 6)))).toBe("middle");
    const wide = new Uint16Array([0x6968]);
    expect(await text(await toFile(wide))).toBe("hi");
  });

  it("copies a view over a SharedArrayBuffer", async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set([0x61, 0x62, 0x63]);
    expect(await text(await toFile(shared))).toBe("abc");
  });

  it("reads a web ReadableStream of bytes and strings", async () => {
    const stream = new ReadableStream<Uint8Array | string>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("one "));
        controller.enqueue("two");
        controller.close();
      },
    });
    const file = await toFile(stream, "s.txt", { type: "text/plain" });
    expect([file.name, file.type, await text(file)]).toEqual(["s.txt", "text/plain", "one two"]);
  });

  it("reads an async iterable of chunks", async () => {
    async function* chunks() {
      yield "a";
      yield new TextEncoder().encode("b");
    }
    expect(await text(await toFile(chunks()))).toBe("ab");
  });

  it("takes the name from a `path` property, as fs.ReadStream has", async () => {
    async function* chunks() {
      yield "x";
    }
    const stream = Object.assign(chunks(), { path: "/tmp/dir/clip.mp3" });
    expect((await toFile(stream)).name).toBe("clip.mp3");
  });

  it("reads a fetched Response, naming the file from its URL and typing it from its headers", async () => {
    const response = await fetch(`${base}/media/voice%20note.wav`);
    const file = await toFile(response);
    expect([file.name, file.type, await text(file)]).toEqual([
      "voice note.wav",
      "audio/wav",
      "body of /media/voice%20note.wav",
    ]);
  });

  it("accepts a file-like object that is not a Blob", async () => {
    const like = {
      name: "like.txt",
      type: "text/plain",
      arrayBuffer: async () => new TextEncoder().encode("liked").buffer,
    };
    const file = await toFile(like);
    expect([file.name, file.type, await text(file)]).toEqual(["like.txt", "text/plain", "liked"]);
  });

  it("rejects a string with a hint that it is not read as a path", async () => {
    const error = await toFile("/etc/hosts" as unknown as FileLike).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("file");
    expect((error as Error).message).toMatch(/got string.*fileFromPath/);
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["a plain object", { data: "x" }],
  ])("rejects %s with a ValidationError listing what is accepted", async (_label, value) => {
    const error = await toFile(value as unknown as FileLike).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^file: expected a File, Blob, ArrayBuffer/);
  });

  it("rejects a stream that yields something other than bytes or strings", async () => {
    async function* chunks() {
      yield 1;
    }
    const error = await toFile(chunks() as unknown as FileLike).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/stream chunk was number/);
  });
});
