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

export interface Handler {
  handle(call: Call<any>): Reply | Promise<Reply>;
}

/** Handlers keyed by the spec's operationId. */
export type Handlers = Record<string, Handler>;

/** A handler whose `body` has the generated params type of its operation, e.g. `CreateFileParams`. */
export const handler = <Params = Record<string, any>>(
  handle: (call: Call<Params>) => Reply | Promise<Reply>,
): Handler => ({ handle });
