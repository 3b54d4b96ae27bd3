import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/openai-error.js";
import { buildMultipart } from "./multipart.js";

/** Serializes the form as a request body would be and parses it back. */
const roundTrip = async (body: Record<string, unknown>): Promise<FormData> =>
  new Response(await buildMultipart(body)).formData();

const entries = async (form: FormData): Promise<[string, string][]> => {
  const out: [string, string][] = [];
  for (const [key, value] of form) {
    out.push([key, typeof value === "string" ? value : `file:${value.name}:${await value.text()}`]);
  }
  return out;
};

describe("buildMultipart", () => {
  it("sends strings as they are and numbers and booleans as their text", async () => {
    const form = await roundTrip({ model: "whisper-1", temperature: 0.2, stream: false, n: 2 });
    expect(await entries(form)).toEqual([
      ["model", "whisper-1"],
      ["temperature", "0.2"],
      ["stream", "false"],
      ["n", "2"],
    ]);
  });

  it("leaves out undefined and null fields", async () => {
    const form = await roundTrip({ a: undefined, b: null, c: "kept" });
    expect(await entries(form)).toEqual([["c", "kept"]]);
  });

  it("repeats array items under `key[]`", async () => {
    const form = await roundTrip({
      include: ["logprobs"],
      timestamp_granularities: ["word", "segment"],
    });
    expect(await entries(form)).toEqual([
      ["include[]", "logprobs"],
      ["timestamp_granularities[]", "word"],
      ["timestamp_granularities[]", "segment"],
    ]);
  });

  it("sends an array of files as repeated `key[]` file parts", async () => {
    const form = await roundTrip({
      image: [new File(["1"], "a.png"), new Blob(["2"], { type: "image/png" })],
    });
    expect(await entries(form)).toEqual([
      ["image[]", "file:a.png:1"],
      ["image[]", "file:file.png:2"],
    ]);
  });

  it("spreads objects into bracketed keys", async () => {
    const form = await roundTrip({
      expires_after: { anchor: "created_at", seconds: 2592000 },
      chunking_strategy: { type: "server_vad", threshold: 0.5, skip: undefined },
    });
    expect(await entries(form)).toEqual([
      ["expires_after[anchor]", "created_at"],
      ["expires_after[seconds]", "2592000"],
      ["chunking_strategy[type]", "server_vad"],
      ["chunking_strategy[threshold]", "0.5"],
    ]);
  });

  it("gives a Blob or an unnamed File a default file name", async () => {
    const form = await roundTrip({
      file: new Blob(["{}\n"], { type: "application/jsonl" }),
      audio: new File(["a"], "", { type: "audio/mpeg" }),
    });
    expect(await entries(form)).toEqual([
      ["file", "file:file:{}\n"],
      ["audio", "file:file.mpeg:a"],
    ]);
  });

  it("turns bytes and streams into files", async () => {
    async function* chunks() {
      yield "streamed";
    }
    const form = await roundTrip({ data: new TextEncoder().encode("bytes"), other: chunks() });
    expect(await entries(form)).toEqual([
      ["data", "file:file:bytes"],
      ["other", "file:file:streamed"],
    ]);
  });

  it("keeps a File's name and type", async () => {
    const form = await roundTrip({ file: new File(["x"], "train.jsonl", { type: "text/plain" }) });
    const file = form.get("file") as File;
    expect([file.name, file.type]).toEqual(["train.jsonl", "text/plain"]);
  });

  it("names the nested field of a value it cannot encode", async () => {
    const error = await buildMultipart({ image: ["ok", () => 1] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("image[]");
    expect((error as Error).message).toMatch(/^image\[\]: .*function/);
  });

  it("rejects class instances that are neither files nor plain objects", async () => {
    const error = await buildMultipart({ expires_after: { at: new Date(0) } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("expires_after[at]");
    expect((error as Error).message).toMatch(/got a Date/);
  });

  it("reports a bad stream chunk under its field name", async () => {
    async function* bad() {
      yield 5;
    }
    const error = await buildMultipart({ file: bad() }).catch((e: unknown) => e);
    expect((error as ValidationError).path).toBe("file");
  });

  it("rejects a body that is not an object", async () => {
    const error = await buildMultipart([] as unknown as Record<string, unknown>).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("body");
  });
});

describe("buildMultipart properties", () => {
  // The multipart/form-data encoding (WHATWG HTML) writes a newline, CR or quote in a field name
  // as %0A, %0D or %22 and parsers decode them back, so a name already holding one of those
  // three escapes cannot round-trip through any FormData: a property of the format, not of
  // buildMultipart (which hands the runtime a FormData). No API field is named like that.
  const key = fc
    .string({ minLength: 1, maxLength: 10 })
    .filter((k) => !/[[\]]/.test(k) && !/%(0a|0d|22)/i.test(k));
  const field = fc.oneof(
    fc.string({ unit: "binary", maxLength: 20 }).map((s) => ({ kind: "string" as const, s })),
    fc.oneof(fc.integer(), fc.double({ noNaN: true })).map((n) => ({ kind: "number" as const, n })),
    fc
      .record({
        bytes: fc.uint8Array({ maxLength: 64 }),
        name: fc.option(fc.stringMatching(/^[a-z0-9_.-]{1,12}$/), { nil: undefined }),
      })
      .map((b) => ({ kind: "blob" as const, ...b })),
  );

  // Seeds 71 and 255 once drew a name holding "%0A" (see `key`); they stay in the runs.
  it.each([71, 255, undefined])(
    "round-trips any record of strings, numbers and blobs through FormData (seed %s)",
    async (seed) => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(key, field, { maxKeys: 6 }), async (record) => {
          // fromEntries, so a "__proto__" key stays an own field instead of setting the prototype.
          const body: Record<string, unknown> = Object.fromEntries(
            Object.entries(record).map(([k, f]) => [
              k,
              f.kind === "string"
                ? f.s
                : f.kind === "number"
                  ? f.n
                  : f.name
                    ? new File([f.bytes], f.name)
                    : new Blob([f.bytes]),
            ]),
          );
          const form = await roundTrip(body);
          expect([...form.keys()]).toEqual(Object.keys(record));
          for (const [k, f] of Object.entries(record)) {
            const value = form.get(k);
            // The multipart/form-data encoding turns every line break in a value into CRLF.
            if (f.kind === "string") expect(value).toBe(f.s.replace(/\r\n|\r|\n/g, "\r\n"));
            else if (f.kind === "number") expect(value).toBe(String(f.n));
            else {
              expect(value).toBeInstanceOf(File);
              expect((value as File).name).toBe(f.name ?? "file");
              expect(new Uint8Array(await (value as File).arrayBuffer())).toEqual(f.bytes);
            }
          }
        }),
        { numRuns: 100, seed },
      );
    },
  );
});
