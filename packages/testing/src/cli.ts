#!/usr/bin/env node
import { runCli } from "./node/run-cli.js";

const print = (line: string) => process.stdout.write(`${line}\n`);

runCli(process.argv.slice(2), print).then(
  (run) => {
    if (!run) return;
    const stop = () => {
      run.emulator.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
