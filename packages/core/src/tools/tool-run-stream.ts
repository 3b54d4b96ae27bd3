import { APIUserAbortError } from "../errors/openai-error.js";

/**
 * A streamed tool run: the events of every model turn, with a `tool_run.step` event after each
 * turn's tools ran, then `result()`. Consume it once; `result()` alone drains it.
 */
export interface ToolRunStream<Event, Result> extends AsyncIterable<Event> {
  /** The run's result once its last event is out; rejects as the run failed. */
  result(): Promise<Result>;
}

/** Wraps a tool loop's generator so its return value is reachable after the events. */
export const toolRunStream = <Event, Result>(
  run: () => AsyncGenerator<Event, Result>,
): ToolRunStream<Event, Result> => {
  let started = false;
  let settle: { resolve(value: Result): void; reject(error: unknown): void } | undefined;
  const result = new Promise<Result>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Only result() reports a failure; iteration throws it too.
  result.catch(() => {});
  async function* iterate(): AsyncGenerator<Event, void> {
    if (started) throw new TypeError("A tool run stream can be consumed only once.");
    started = true;
    try {
      settle!.resolve(yield* run());
    } catch (error) {
      settle!.reject(error);
      throw error;
    } finally {
      // break or return before the end: there is no result to give.
      settle!.reject(new APIUserAbortError("The tool run stream was closed before the run ended."));
    }
  }
  const stream: ToolRunStream<Event, Result> = {
    [Symbol.asyncIterator]: iterate,
    async result() {
      if (!started) for await (const _ of stream);
      return result;
    },
  };
  return stream;
};
