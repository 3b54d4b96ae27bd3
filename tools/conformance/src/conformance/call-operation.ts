import { APIError, type Client } from "@oaikit/core";
import * as v from "valibot";
import { sampleParams } from "../sample/sample-params.js";
import type { OperationEntry } from "../spec/load-spec.js";
import { fixedQueryPrefix } from "../spec/prism-spec.js";
import { responseSchemaName } from "./response-schema-name.js";

/** A package's root entry and its `/schemas` subpath, loaded once per package. */
export interface PackageModules {
  functions: Record<string, unknown>;
  schemas: Record<string, unknown>;
}

export interface OperationOutcome {
  operationId: string;
  /** What went wrong; undefined when Prism accepted the call and the answer parsed. */
  problem?: string | undefined;
  /** Whether a generated valibot schema checked the JSON answer. */
  responseChecked: boolean;
}

const pascal = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

/** The first few issues, with the reasons inside a failed union or intersection. */
const describeIssues = (issues: readonly v.BaseIssue<unknown>[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => {
      const inner = issue.issues?.slice(0, 3).map((i) => i.message);
      return `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}${inner ? ` (${inner.join("; ")})` : ""}`;
    })
    .join("; ");

const describeError = (error: unknown): string => {
  if (error instanceof APIError) {
    const validation = (error.body as { validation?: unknown } | null)?.validation;
    return `HTTP ${error.status}: ${JSON.stringify(validation ?? error.body).slice(0, 600)}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
};

/** The client for one operation: fixed-query operations live under their own prefix in Prism. */
const clientFor = (client: Client, prismUrl: string, entry: OperationEntry): Client =>
  entry.fixedQuery
    ? client.with({ baseURL: `${prismUrl}${fixedQueryPrefix(entry.fixedQuery)}` })
    : client;

/** Checks the answer matches the kind operations.json promises; returns what is wrong, if anything. */
const checkAnswer = async (
  doc: any,
  entry: OperationEntry,
  result: unknown,
  modules: PackageModules,
): Promise<{ problem?: string; checked: boolean }> => {
  switch (entry.response) {
    case "binary": {
      if (!(result instanceof Response) || !result.ok)
        return { problem: "no ok Response", checked: false };
      await result.arrayBuffer();
      return { checked: false };
    }
    case "text":
      return typeof result === "string"
        ? { checked: false }
        : { problem: "no text", checked: false };
    case "empty":
      return result === undefined || result === ""
        ? { checked: false }
        : {
            problem: `expected no body, got ${JSON.stringify(result).slice(0, 200)}`,
            checked: false,
          };
    case "json": {
      const body = entry.pagination ? (result as { body?: unknown }).body : result;
      if (typeof body !== "object" || body === null) {
        return {
          problem: `expected a JSON body, got ${String(body).slice(0, 200)}`,
          checked: false,
        };
      }
      if (entry.pagination && !Array.isArray((result as { data?: unknown }).data)) {
        return { problem: "the first page has no data array", checked: false };
      }
      const name = responseSchemaName(doc, entry);
      if (name === undefined) return { checked: false };
      const schema = modules.schemas[name] as v.GenericSchema | undefined;
      if (schema === undefined) {
        return { problem: `${entry.package}/schemas exports no ${name}`, checked: false };
      }
      const parsed = v.safeParse(schema, body);
      return parsed.success
        ? { checked: true }
        : {
            problem: `${name} rejects Prism's answer: ${describeIssues(parsed.issues)}`,
            checked: true,
          };
    }
  }
};

/**
 * Calls one operation's generated function against Prism with sampled params, after checking
 * those params against the generated params schema, and checks what comes back.
 */
export const callOperation = async (
  doc: any,
  entry: OperationEntry,
  modules: PackageModules,
  client: Client,
  prismUrl: string,
): Promise<OperationOutcome> => {
  const outcome = (problem?: string, responseChecked = false): OperationOutcome => ({
    operationId: entry.operationId,
    problem,
    responseChecked,
  });
  const fn = modules.functions[entry.function];
  if (typeof fn !== "function") return outcome(`${entry.package} exports no ${entry.function}`);
  const paramsSchemaName = `${pascal(entry.function)}ParamsSchema`;
  const paramsSchema = modules.schemas[paramsSchemaName] as v.GenericSchema | undefined;
  if (paramsSchema === undefined)
    return outcome(`${entry.package}/schemas exports no ${paramsSchemaName}`);
  let params: Record<string, unknown>;
  try {
    params = sampleParams(doc, entry);
  } catch (error) {
    return outcome(`sampler: ${describeError(error)}`);
  }
  const checked = v.safeParse(paramsSchema, params);
  if (!checked.success) {
    return outcome(`${paramsSchemaName} rejects the sample: ${describeIssues(checked.issues)}`);
  }
  let result: unknown;
  try {
    result = await fn(clientFor(client, prismUrl, entry), params);
  } catch (error) {
    return outcome(describeError(error));
  }
  const answer = await checkAnswer(doc, entry, result, modules);
  return outcome(answer.problem, answer.checked);
};
