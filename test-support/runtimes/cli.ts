// Installs runtimes into the cache ahead of a run: `tsx test-support/runtimes/cli.ts [name...]`.
// Exits 0 even when some cannot be installed (each is reported, and the matrix skips it).
import { ensureRuntime } from "./ensure-runtime.js";
import { type RuntimeName, runtimeNames } from "./versions.js";

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !runtimeNames.includes(name as RuntimeName));
if (unknown.length > 0) {
  console.error(`unknown runtime ${unknown.join(", ")}; known: ${runtimeNames.join(", ")}`);
  process.exit(2);
}
const names = asked.length > 0 ? (asked as RuntimeName[]) : runtimeNames;
const results = await Promise.all(names.map((name) => ensureRuntime(name)));
for (const runtime of results) {
  console.log(
    runtime.ready
      ? `${runtime.name.padEnd(10)} ${runtime.version}`
      : `${runtime.name.padEnd(10)} SKIPPED: cannot be installed (see [runtimes] above)`,
  );
}
