import type { EmulatorState } from "../emulator/state.js";
import type { Reply } from "../wire/reply.js";
import type { Operation } from "./operation.js";

/** One request as a handler sees it, after routing, auth and validation. */
export interface Call<Params = Record<string, any>> {
  state: EmulatorState;
  operation: Operation;
  /** The path parameters, as sent. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Every parameter (path, query and body) after the generated params schema checked them. */
  body: Params;
  /** The request asked for the operation's streaming variant. */
  streaming: boolean;
  signal: AbortSignal;
}

/**
 * What a JSON answer may hold: any part of the operation's answer type, since the router
 * completes it to the generated response schema (the `object` literal, fields with no story).
 * Literals widen to their primitive and any field may be null: the spec leaves out many nulls the
 * API sends (`first_id` of an empty list, a file's `expires_at`).
 */
export type Answer<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer Item)[]
        ? readonly Answer<Item>[]
        : T extends object
          ? { [K in keyof T]?: Answer<T[K]> | null }
          : T;

/**
 * The emulation of one operation. `Params` is the operation's generated `<Function>Params` type
 * (both variants for a streaming one) and `Result` its answer; `OperationHandlers` in
 * generated/operation-handlers.ts gives both for every function name.
 */
export type Handler<Params = any, Result = any> = (
  call: Call<Params>,
) => Reply<Answer<Result>> | Promise<Reply<Answer<Result>>>;
