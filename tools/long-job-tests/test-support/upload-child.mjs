// Runs one uploadFile in a process of its own, so its memory is measured without the emulator's.
// argv: <baseURL> <path> <"path" | "stream">; prints one JSON line with the result.
import { createReadStream, statSync } from "node:fs";
import { createClient } from "@oaikit/core";
import { fileFromPath } from "@oaikit/core/node";
import { uploadFile } from "@oaikit/uploads";

const [baseURL, path, mode] = process.argv.slice(2);
const MiB = 1024 * 1024;
const client = createClient({ apiKey: "sk-test", baseURL, logLevel: "off" });

// Node compiles its fetch on first use; a first request keeps that out of the upload's figure.
await fetch(`${baseURL}/models`, { headers: { authorization: "Bearer sk-test" } }).then((r) =>
  r.arrayBuffer(),
);
const base = process.memoryUsage().rss;
let peak = base;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 10);
const progress = [];
const source = mode === "stream" ? createReadStream(path) : await fileFromPath(path);
const started = performance.now();
const file = await uploadFile(client, source, {
  purpose: "assistants",
  bytes: statSync(path).size,
  partSize: 8 * MiB,
  concurrency: 4,
  onProgress: ({ loaded, total, part }) => {
    sample();
    progress.push({ loaded, total, part });
  },
});
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
sample();
process.stdout.write(
  `${JSON.stringify({ file, progress, peakGrowthBytes: peak - base, seconds })}\n`,
);
