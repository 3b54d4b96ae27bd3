import * as v from "valibot";
import type { Operation } from "../src/router/operation.js";
import { packageSchema, responseSchema } from "../src/schemas/operation-schemas.js";

export interface SchemaProblem {
  function: string;
  problem: string;
}

const describe = (issues: readonly v.BaseIssue<unknown>[]) =>
  issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? "(body)"}: ${issue.message}`)
    .join("; ");

interface SseEvent {
  event: string | undefined;
  data: string;
}

const sseEvents = (text: string): SseEvent[] =>
  text
    .split("\n\n")
    .map((block) => {
      const lines = block.split("\n");
      return {
        event: lines.find((line) => line.startsWith("event: "))?.slice(7),
        data: lines
          .filter((line) => line.startsWith("data: "))
          .map((line) => line.slice(6))
          .join("\n"),
      };
    })
    .filter(({ data }) => data !== "");

/** Event schemas describe either the data alone or the `{ event, data }` pair (Assistants). */
const eventValues = ({ event, data }: SseEvent): unknown[] => {
  const parsed = data === "[DONE]" ? data : JSON.parse(data);
  return event === undefined ? [parsed] : [parsed, { event, data: parsed }];
};

/**
 * Checks one emulator answer against the operation's generated schemas: a 2xx JSON body
 * against its response schema, each event of a stream against its event schema. Returns what
 * did not match; answers the spec gives no named schema for are not checked.
 */
export const checkResponse = async (
  operation: Operation,
  response: Response,
): Promise<SchemaProblem[]> => {
  if (!response.ok) return [];
  const type = response.headers.get("content-type") ?? "";
  const problems: SchemaProblem[] = [];
  const report = (issues: readonly v.BaseIssue<unknown>[]) =>
    problems.push({ function: operation.function, problem: describe(issues) });
  if (type.startsWith("text/event-stream")) {
    const schema = operation.stream && packageSchema(operation, operation.stream.event);
    if (!schema) return [];
    for (const event of sseEvents(await response.text())) {
      if (event.data === "[DONE]" && event.event === undefined) continue;
      const results = eventValues(event).map((value) => v.safeParse(schema, value));
      if (!results.some((result) => result.success)) report(results[0]!.issues ?? []);
    }
    return problems;
  }
  const schema = responseSchema(operation);
  if (!schema || !type.includes("json")) return [];
  const result = v.safeParse(schema, await response.json());
  if (!result.success) report(result.issues);
  return problems;
};
