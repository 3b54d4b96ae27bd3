import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface PrismServer {
  /** Root URL: Prism serves the spec's paths without the `/v1` of the real API. */
  url: string;
  /** The last part of what Prism printed, for diagnosing a failed run. */
  output(): string;
  /** False once the process has ended (Prism crashes on some malformed requests). */
  running(): boolean;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 200_000;
const READY = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;

const cliPath = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@stoplight/prism-cli/package.json");
  return join(dirname(manifest), require(manifest).bin.prism);
};

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

/**
 * Starts `prism mock` on a port the OS picks and resolves once it listens. `--errors` makes a
 * response that breaks the spec an error too, so a 2xx means Prism found nothing wrong on either
 * side; invalid requests are answered 422 with or without it.
 */
export const startPrism = (specFile: string, readyTimeoutMs: number): Promise<PrismServer> => {
  const child = spawn(
    process.execPath,
    [cliPath(), "mock", specFile, "-h", "127.0.0.1", "-p", "0", "--errors"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const server = (url: string): PrismServer => ({
    url,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopChild(child),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`Prism did not start within ${readyTimeoutMs} ms:\n${output.slice(-2000)}`));
    }, readyTimeoutMs);
    let listening = false;
    const onData = (chunk: Buffer) => {
      // Prism logs every request; the tail is all a diagnosis needs.
      output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
      const ready = listening ? null : READY.exec(output);
      if (ready) {
        listening = true;
        clearTimeout(timer);
        resolve(server(ready[1]!));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`Prism exited (${code ?? signal}) before listening:\n${output.slice(-2000)}`),
      );
    });
  });
};
