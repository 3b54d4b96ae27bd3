import type { Backend } from "../backend.js";

/** One step of the tour. Each lives in its own file and is listed once in sections/all.ts. */
export interface DemoSection {
  title: string;
  run(backend: Backend, model: string): Promise<void>;
}
