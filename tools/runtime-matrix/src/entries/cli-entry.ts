// The smoke run for Node, Bun and Deno: `<runtime> smoke-cli.js http <baseURL>` or `... in-process`.
import { formatResultLine } from "../smoke/result-line.js";
import { runSmoke } from "../smoke/run-smoke.js";
import type { SmokeMode } from "../smoke/types.js";

declare const Deno: { args: string[] } | undefined;

const args = typeof Deno !== "undefined" ? Deno.args : process.argv.slice(2);
const [mode, baseURL] = args as [SmokeMode, string | undefined];
const results = await runSmoke(baseURL ? { mode, baseURL } : { mode });
console.log(formatResultLine(results));
