import { ValidationError } from "../errors/openai-error.js";
import { jsonSchemaOf } from "../schema/json-schema-of.js";
import type { InferOutput, StandardSchema } from "../schema/standard-schema.js";

/** What a tool's `execute` (and `needsApproval`) learns about the call it serves. */
export interface ToolCallContext {
  /** The model's id for this call (`call_id` in Responses, `tool_call_id` in Chat). */
  callId: string;
  /** The run's signal: aborting the run aborts it. */
  signal?: AbortSignal | undefined;
}

/** A function tool that `runTools` and `runChatTools` can call: made by `tool(...)`. */
export interface RunnableTool<Args = any, Result = unknown> {
  readonly name: string;
  readonly description: string | undefined;
  readonly strict: boolean;
  /** The JSON Schema of the arguments, as sent to the API. */
  readonly jsonSchema: Record<string, unknown>;
  /** Validates the model's arguments before `execute` sees them. */
  readonly parameters: StandardSchema<Args>;
  readonly execute: (args: Args, context: ToolCallContext) => Result | Promise<Result>;
  readonly needsApproval:
    | boolean
    | ((args: Args, context: ToolCallContext) => boolean | Promise<boolean>);
}

export interface ToolOptions<Schema extends StandardSchema, Result> {
  /** The function's name (letters, digits, `_` and `-`, at most 64). */
  name: string;
  description?: string | undefined;
  /** Any Standard Schema that can give a JSON Schema (valibot via `toStandardJsonSchema`, zod 4, arktype). */
  parameters: Schema;
  /** Strict function calling (default true): the model's arguments always follow the schema. */
  strict?: boolean | undefined;
  /** The JSON Schema to send, for a schema that cannot make its own. */
  jsonSchema?: Record<string, unknown> | undefined;
  /** Runs the call; a string is sent to the model as it is, anything else as JSON. */
  execute: (args: InferOutput<Schema>, context: ToolCallContext) => Result | Promise<Result>;
  /** Pause the run for a human decision before this call runs (always, or when it returns true). */
  needsApproval?:
    | boolean
    | ((args: InferOutput<Schema>, context: ToolCallContext) => boolean | Promise<boolean>)
    | undefined;
}

/**
 * A function tool for `runTools` (`@oaikit/responses`) and `runChatTools` (`@oaikit/chat`): the
 * model sees `parameters` as JSON Schema; its arguments are validated with the same schema before
 * `execute` runs, and a validation failure goes back to the model as the tool's output.
 *
 * ```ts
 * const weather = tool({
 *   name: "get_weather",
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => ({ city, celsius: 21 }),
 * });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export const tool = <Schema extends StandardSchema, Result>(
  options: ToolOptions<Schema, Result>,
): RunnableTool<InferOutput<Schema>, Result> => {
  const name = options?.name;
  if (typeof name !== "string" || !/^[\w-]{1,64}$/.test(name)) {
    throw new ValidationError(
      "name",
      `tool(): name must be 1 to 64 letters, digits, "_" or "-", got ${JSON.stringify(name)}.`,
    );
  }
  if (typeof options.execute !== "function") {
    throw new ValidationError("execute", `tool "${name}": execute must be a function.`);
  }
  const strict = options.strict ?? true;
  return {
    name,
    description: options.description,
    strict,
    jsonSchema: jsonSchemaOf(options.parameters, {
      field: `${name}.parameters`,
      strict,
      jsonSchema: options.jsonSchema,
    }),
    parameters: options.parameters as StandardSchema<InferOutput<Schema>>,
    execute: options.execute,
    needsApproval: options.needsApproval ?? false,
  };
};
