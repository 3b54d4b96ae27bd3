import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerInit } from "./candidate-main.js";

export interface CandidateWorker {
  /** Runs one timed sample of `scenario` in the worker; resolves to its rate. */
  run(scenario: string): Promise<number>;
  stop(): void;
}

const workerMain = fileURLToPath(new URL("./candidate-main.ts", import.meta.url));

/** Starts a candidate's process (it inherits the tsx loader via execArgv) and warms it up. */
export const startWorker = (init: WorkerInit): Promise<CandidateWorker> =>
  new Promise((resolve, reject) => {
    const child = fork(workerMain, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const failed = (code: number | null) =>
      reject(new Error(`bench worker for ${init.name} exited (code ${code})`));
    child.once("exit", failed);
    child.once("error", reject);
    child.once("message", () => {
      child.off("exit", failed);
      resolve({
        run: (scenario) =>
          new Promise((done, fail) => {
            const exited = (code: number | null) =>
              fail(new Error(`bench worker for ${init.name} exited (code ${code})`));
            child.once("exit", exited);
            child.once("message", ({ value }: { value: number }) => {
              child.off("exit", exited);
              done(value);
            });
            child.send({ scenario });
          }),
        stop: () => {
          child.kill();
        },
      });
    });
    child.send(init);
  });
