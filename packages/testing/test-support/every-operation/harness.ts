import { type Client, createClient } from "@oaikit/core";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import type { Emulator, EmulatorOptions } from "../../src/emulator/types.js";
import { operationTable } from "../../src/generated/operation-table.js";
import type { Operation } from "../../src/router/operation.js";
import { checkResponse, type SchemaProblem } from "../check-response.js";
import { packageFunctions } from "../package-functions.js";

export interface Outcome {
  /** The generated function of the operation the emulator answered. */
  function: string;
  status: number;
}

type Fn = (client: Client, params?: unknown) => Promise<unknown>;

/**
 * Calls operations through their generated functions (so the client's request building meets
 * the emulator's validation), keeping each answer's status and checking every body against the
 * operation's generated response schema.
 */
export interface Harness {
  emulator: Emulator;
  client: Client;
  /** Calls the operation's generated function; resolves with what it returns. */
  run<T = any>(name: string, params?: unknown): Promise<T>;
  /** Calls the operation's streaming function and reads the stream to its end. */
  stream(name: string, params: unknown): Promise<unknown[]>;
  /** The status of the last answer the emulator gave. */
  lastStatus(): number;
  /** The last answer's headers. */
  lastHeaders(): Headers;
  outcomes: Outcome[];
  problems: SchemaProblem[];
}

const byFunction = new Map<string, Operation>(operationTable.map((op) => [op.function, op]));
const byId = new Map(operationTable.map((op) => [op.operationId, op]));

/** The operation of a generated (non-streaming) function name. */
export const operation = (name: string): Operation => {
  const found = byFunction.get(name);
  if (!found) throw new Error(`no operation has the function ${name}`);
  return found;
};

/** Long-running objects take time, so the steps see them progress on the emulator clock. */
export const DURATIONS = { fineTuningJob: 60_000, video: 30_000, evalRun: 10_000 };

export const createHarness = (options: EmulatorOptions = {}): Harness => {
  const emulator = createEmulator({ durations: DURATIONS, ...options });
  const outcomes: Outcome[] = [];
  const problems: SchemaProblem[] = [];
  let last: Response | undefined;
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await emulator.fetch(input, init);
    last = response;
    const operationId = emulator.requests.at(-1)?.operationId;
    const answered = operationId === undefined ? undefined : byId.get(operationId);
    if (answered) {
      outcomes.push({ function: answered.function, status: response.status });
      problems.push(...(await checkResponse(answered, response.clone())));
    }
    return response;
  };
  const client = createClient({
    apiKey: "sk-test",
    adminApiKey: "sk-admin-test",
    fetch: recordingFetch,
    maxRetries: 0,
  });
  return {
    emulator,
    client,
    outcomes,
    problems,
    lastStatus: () => last?.status ?? 0,
    lastHeaders: () => last?.headers ?? new Headers(),
    async stream(name, params) {
      const op = operation(name);
      const fn = packageFunctions[op.package]?.[op.stream?.function ?? ""] as
        | ((client: Client, params: unknown) => AsyncIterable<unknown>)
        | undefined;
      if (!fn) throw new Error(`@oaikit/${op.package} has no streaming function for ${name}`);
      const events: unknown[] = [];
      for await (const event of fn(client, params)) events.push(event);
      return events;
    },
    async run(name, params) {
      const op = operation(name);
      const fn = packageFunctions[op.package]?.[op.function] as Fn | undefined;
      if (!fn) throw new Error(`@oaikit/${op.package} has no function ${op.function}`);
      return (await (params === undefined ? fn(client) : fn(client, params))) as any;
    },
  };
};
