import { type Client, createClient, ValidationError } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  json,
  type RecordingServer,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import { sampleParams } from "./sample/sample-params.js";
import { loadOperations, loadSnapshot, type OperationEntry } from "./spec/load-spec.js";

const doc = loadSnapshot();
const { operations } = loadOperations();

/** Every generated function that puts a path parameter in its URL, streaming twins included. */
const targets = operations.flatMap((entry) => {
  const names = [...entry.route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) return [];
  const functions = [entry.function, ...(entry.streaming ? [entry.streaming.function] : [])];
  return functions.map((fn) => ({ entry, fn, names }));
});

/**
 * Ids that would not arrive as the one path segment they were meant to be: URL normalisation
 * drops "." and folds ".." into the parent (a DELETE of a file becomes one of its store), and a
 * lone surrogate cannot be percent-encoded at all.
 */
const BAD_IDS = [".", "..", "\ud800", "a\udc00"];

const loadFunctions = async (name: string): Promise<Record<string, unknown>> =>
  import(/* @vite-ignore */ name);

/** Runs a generated call to its end: a stream is drained, a page or a promise awaited. */
const settle = async (result: unknown): Promise<void> => {
  if (result && typeof result === "object" && Symbol.asyncIterator in result) {
    for await (const _ of result as AsyncIterable<unknown>) break;
  } else await result;
};

describe("path parameters that cannot stay one URL segment", () => {
  let server: RecordingServer;
  let client: Client;

  beforeAll(async () => {
    server = await startRecordingServer(() => json({ data: [], has_more: false }));
    client = createClient({
      apiKey: "sk-test",
      adminApiKey: "sk-admin",
      baseURL: server.baseURL,
      maxRetries: 0,
      logLevel: "off",
    });
  });
  afterAll(() => server.close());

  it("covers every operation with a path parameter", () => {
    expect(new Set(targets.map((t) => t.entry.operationId)).size).toBe(
      operations.filter((entry) => entry.route.includes("{")).length,
    );
    expect(targets.length).toBeGreaterThan(190);
  });

  it.each(targets.map((t) => [`${t.entry.package} ${t.fn}`, t] as const))(
    "%s refuses '.', '..' and lone surrogates in each path parameter before sending",
    async (_, target) => {
      const { entry, fn, names } = target as { entry: OperationEntry; fn: string; names: string[] };
      const call = (await loadFunctions(entry.package))[fn] as (
        client: Client,
        params: unknown,
      ) => unknown;
      expect(typeof call).toBe("function");
      const params = sampleParams(doc, entry);
      for (const name of names) {
        for (const bad of BAD_IDS) {
          const before = server.requests.length;
          const error = await (async () => settle(call(client, { ...params, [name]: bad })))().then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error, `${fn} with ${name} = ${JSON.stringify(bad)}`).toBeInstanceOf(
            ValidationError,
          );
          expect((error as ValidationError).path).toBe(name);
          expect((error as Error).message).toContain(name);
          expect(server.requests.length).toBe(before);
        }
      }
      // The control: an id that merely contains dots goes out as one escaped segment.
      const before = server.requests.length;
      const dotted = Object.fromEntries(names.map((name) => [name, `a.${name}..`]));
      await settle(call(client, { ...params, ...dotted })).catch(() => undefined);
      expect(server.requests.length).toBeGreaterThan(before);
      const url = server.requests[before]!.url;
      for (const name of names) expect(url).toContain(`/a.${name}..`);
    },
  );
});
