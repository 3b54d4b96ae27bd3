import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MemoryRun } from "./memory-sample.js";

const memoryMain = fileURLToPath(new URL("./memory-main.ts", import.meta.url));

/** Streams `events` events through one client in a fresh process (tsx loader via execArgv). */
export const measureMemory = (
  name: string,
  origin: string,
  events: number,
  every: number,
): Promise<MemoryRun> =>
  new Promise((resolve, reject) => {
    const child = fork(memoryMain, {
      execArgv: [...process.execArgv, "--expose-gc"],
      env: {
        ...process.env,
        BENCH_MEMORY_SOURCE: name,
        BENCH_ORIGIN: origin,
        BENCH_MEMORY_EVENTS: String(events),
        BENCH_MEMORY_EVERY: String(every),
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let run: MemoryRun | undefined;
    child.once("message", (message: MemoryRun) => {
      run = message;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (run) resolve(run);
      else reject(new Error(`memory run for ${name} exited with code ${code} and no result`));
    });
  });
