import type * as v from "valibot";
import type { EmulatorState } from "../emulator/state.js";
import type { Reply } from "../wire/reply.js";

/** One request as a handler sees it, after routing, auth and body validation. */
export interface Call<Body = unknown> {
  state: EmulatorState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Body;
  signal: AbortSignal;
}

export interface Handler {
  /**
   * Checks the request body before `handle` runs. Hand-written minimal schemas today; the
   * generated per-operation valibot schemas drop in here unchanged.
   */
  body?: v.GenericSchema | undefined;
  handle(call: Call<any>): Reply | Promise<Reply>;
}

/** Handlers keyed by the spec's operationId. */
export type Handlers = Record<string, Handler>;

export const withBody = <S extends v.GenericSchema>(
  body: S,
  handle: (call: Call<v.InferOutput<S>>) => Reply | Promise<Reply>,
): Handler => ({ body, handle });

export const withoutBody = (handle: (call: Call<unknown>) => Reply | Promise<Reply>): Handler => ({
  handle,
});
