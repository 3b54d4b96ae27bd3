import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerInit } from "./candidate-main.js";
import type { Sample } from "./scenarios.js";

export interface CandidateWorker {
  /** Runs one timed sample in the worker. */
  run(): Promise<Sample>;
  stop(): void;
}

const workerMain = fileURLToPath(new URL("./candidate-main.ts", import.meta.url));

/** Starts a candidate's process (it inherits the tsx loader via execArgv) and warms it up. */
export const startWorker = (init: WorkerInit): Promise<CandidateWorker> =>
  new Promise((resolve, reject) => {
    const child = fork(workerMain, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const exitError = (code: number | null) =>
      new Error(`bench worker ${init.name}/${init.scenario} exited (code ${code})`);
    const failed = (code: number | null) => reject(exitError(code));
    child.once("exit", failed);
    child.once("error", reject);
    child.once("message", () => {
      child.off("exit", failed);
      resolve({
        run: () =>
          new Promise((done, fail) => {
            const exited = (code: number | null) => fail(exitError(code));
            child.once("exit", exited);
            child.once("message", ({ value }: { value: Sample }) => {
              child.off("exit", exited);
              done(value);
            });
            child.send({ run: true });
          }),
        stop: () => {
          child.kill();
        },
      });
    });
    child.send(init);
  });
