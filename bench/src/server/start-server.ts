import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  baseURL: string;
  stop(): Promise<void>;
}

const serverMain = fileURLToPath(new URL("./server-main.ts", import.meta.url));

/** Starts the keep-alive server in a child process (it inherits the tsx loader via execArgv). */
export const startServer = (sseEvents: number): Promise<BenchServer> =>
  new Promise((resolve, reject) => {
    const child = fork(serverMain, {
      env: { ...process.env, BENCH_SSE_EVENTS: String(sseEvents) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
    child.once("message", (message: { port: number }) => {
      resolve({
        baseURL: `http://127.0.0.1:${message.port}/v1`,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.disconnect();
          }),
      });
    });
  });
